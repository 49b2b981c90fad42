package org.ortaq.template;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields an {@code [if]} can test, read from an {@link Item}: its explicit fields first, then
 * those derived from its data ("id", "title", "autor", "comm_num", "news_read", "category",
 * "tags", "date", "editdate", "xfield_NAME").
 */
final class IfFields {
  private IfFields() {}

  static Optional<List<String>> list(String field, Item item) {
    switch (field) {
      case "category" -> {
        return Optional.of(item.fields().containsKey("category")
            ? split(item.fields().get("category"))
            : item.categories().stream().map(String::valueOf).toList());
      }
      case "tags" -> {
        return Optional.of(item.tags().stream().map(tag -> tag.strip().toLowerCase(Locale.ROOT)).toList());
      }
      default -> {
        return Optional.empty();
      }
    }
  }

  static Optional<Instant> date(String field, Item item) {
    return switch (field) {
      case "date" -> item.date();
      case "editdate" -> item.editDate();
      case "lastdate", "reg_date", "restricted_date" ->
          Optional.ofNullable(item.fields().get(field))
              .flatMap(value -> XfieldNodes.parseDate(value, ZoneOffset.UTC));
      default -> Optional.empty();
    };
  }

  static String value(String field, Item item) {
    String explicit = item.fields().get(field);
    if (explicit != null) {
      return explicit;
    }
    if (field.startsWith("xfield_")) {
      return item.xfields().getOrDefault(field.substring(7), "");
    }
    return switch (field) {
      case "id" -> item.value("news-id").orElse("");
      case "title" -> item.title();
      case "autor" -> item.value("login").orElse("");
      case "comm_num" -> item.value("comments-num").orElse("").replace(" ", "");
      case "news_read" -> item.value("views").orElse("").replace(" ", "");
      case "short_story" -> item.shortStory();
      case "full_story" -> item.fullStory();
      default -> "";
    };
  }

  private static List<String> split(String value) {
    return Arrays.stream(value.split(",")).map(String::strip).toList();
  }
}
