package org.ortaq.feed;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class XmlCharactersTest {
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "Şuşa Bəyannaməsi | Şuşa Bəyannaməsi",
        "'' | ''",
        "'tab\tnew\nline\r' | 'tab\tnew\nline\r'",
        "'bell\u0007null\u0000' | 'bellnull'",
        "'not\uFFFEchars\uFFFF' | 'notchars'",
        "'lone\uD800surrogate\uDC00' | 'lonesurrogate'",
        "'flag \uD83C\uDDE6\uD83C\uDDFF' | 'flag \uD83C\uDDE6\uD83C\uDDFF'",
        "'I\u0307 decomposed' | 'I\u0307 decomposed'",
      })
  void keepsEveryCharacterXml10AllowsAndDropsTheRest(String text, String legal) {
    assertThat(XmlCharacters.legal(text)).isEqualTo(legal);
  }
}
