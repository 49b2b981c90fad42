package org.ortaq.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.ortaq.text.Language;

class MessagesTest {
  private final Messages messages = new Messages();

  @ParameterizedTest
  @EnumSource(Language.class)
  void everyBundleHasTheKeysOfTheEnglishOne(Language language) {
    assertThat(messages.bundle(language).keySet())
        .containsExactlyInAnyOrderElementsOf(messages.bundle(Language.EN).keySet());
    assertThat(messages.bundle(language).values()).allMatch(value -> !value.isBlank());
  }

  @org.junit.jupiter.api.Test
  void readsTheBundlesAsUtf8() {
    assertThat(messages.get(Language.AZ, "not_found_title")).isEqualTo("Səhifə tapılmadı");
    assertThat(messages.get(Language.TR, "nav_organizations")).isEqualTo("Kuruluşlar");
  }
}
