package org.ortaq.demo;

import java.util.List;
import java.util.Map;
import org.ortaq.text.Language;

/** The platform-wide categories of the demo, with names in all four languages. */
final class SampleCategories {
  record SampleCategory(String slug, int position, Map<Language, String> names) {}

  private SampleCategories() {}

  static List<SampleCategory> all() {
    return List.of(
        category("diaspora", 1, "Diaspor", "Diaspora", "Diaspora", "Диаспора"),
        category("cooperation", 2, "Əməkdaşlıq", "İş birliği", "Cooperation", "Сотрудничество"),
        category("events", 3, "Tədbirlər", "Etkinlikler", "Events", "События"),
        category("culture", 4, "Mədəniyyət", "Kültür", "Culture", "Культура"),
        category("statements", 5, "Bəyanatlar", "Bildiriler", "Statements", "Заявления"));
  }

  /** The seed article's tags in its language. */
  static List<String> seedTags(Language language) {
    return switch (language) {
      case AZ -> List.of("Şuşa Bəyannaməsi", "diaspor", "Türkiyə");
      case TR -> List.of("Şuşa Beyannamesi", "diaspora", "Azerbaycan");
      case EN -> List.of("Shusha Declaration", "diaspora", "Türkiye");
      case RU -> List.of("Шушинская декларация", "диаспора");
    };
  }

  private static SampleCategory category(String slug, int position, String az, String tr, String en, String ru) {
    return new SampleCategory(slug, position,
        Map.of(Language.AZ, az, Language.TR, tr, Language.EN, en, Language.RU, ru));
  }
}
