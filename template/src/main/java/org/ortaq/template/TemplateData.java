package org.ortaq.template;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * An {@link Item} and a {@link PageContext} read from parsed JSON (maps, lists, strings, numbers,
 * booleans), for {@code ortaq theme render DIR TEMPLATE --data FILE.json}. Top-level keys are DLE
 * tag names: "title", "short-story", "full-story", "text", "date" and "edit-date" (ISO-8601),
 * "xfields" (object), "categories" (numbers), "tags" (strings), "fields" (object, for [if]),
 * "blocks" (name → boolean), "position"; any other key is an item value ("news-id",
 * "full-link", "category", "comments-num"…). The optional "page" object holds "language",
 * "zone", "now", "module", "user-group", "page-number", "theme-url", "news-id", "categories",
 * "tag", "static-page", "device", "android", "ios", "decline-dates", "values", "blocks" and
 * "custom" (items every {custom} gets, up to its limit), "category-tree" (categories for
 * {catmenu} and {catnewscount}: id, parent, name, description, icon, url, news-count) and
 * "custom-comments" (items every {customcomments} gets, up to its limit); other keys there are page values.
 */
public record TemplateData(PageContext page, Item item) {
  public TemplateData {
    Objects.requireNonNull(page, "page");
    Objects.requireNonNull(item, "item");
  }

  /** Reads the data; a value of the wrong shape throws IllegalArgumentException naming its key. */
  public static TemplateData fromMap(Map<String, ?> data) {
    Item item = item(data);
    Object page = data.get("page");
    return new TemplateData(page == null ? PageContext.EMPTY : page(map("page", page)), item);
  }

  static Item item(Map<String, ?> data) {
    Item.Builder item = Item.builder();
    for (Map.Entry<String, ?> entry : data.entrySet()) {
      String key = entry.getKey().toLowerCase(Locale.ROOT);
      Object value = entry.getValue();
      if (value == null) {
        continue;
      }
      switch (key) {
        case "page" -> {}
        case "title" -> item.title(text(key, value));
        case "short-story" -> item.shortStory(text(key, value));
        case "full-story" -> item.fullStory(text(key, value));
        case "text" -> item.text(text(key, value));
        case "date" -> item.date(instant(key, value));
        case "edit-date" -> item.editDate(instant(key, value));
        case "xfields" -> map(key, value).forEach((name, field) -> item.xfield(name, text(name, field)));
        case "fields" -> map(key, value).forEach((name, field) -> item.field(name, text(name, field)));
        case "blocks" -> map(key, value).forEach((name, keep) -> item.block(name, bool(name, keep)));
        case "categories" -> item.categories(numbers(key, value));
        case "tags" -> item.tags(list(key, value).stream().map(tag -> text(key, tag)).toList());
        case "position" -> item.position(numbers(key, List.of(value)).get(0));
        default -> item.value(key, text(key, value));
      }
    }
    return item.build();
  }

  static PageContext page(Map<String, ?> data) {
    PageContext.Builder page = PageContext.builder();
    boolean android = false;
    boolean ios = false;
    for (Map.Entry<String, ?> entry : data.entrySet()) {
      String key = entry.getKey().toLowerCase(Locale.ROOT);
      Object value = entry.getValue();
      if (value == null) {
        continue;
      }
      switch (key) {
        case "language" -> page.language(text(key, value));
        case "zone" -> page.zone(ZoneId.of(text(key, value)));
        case "now" -> page.now(instant(key, value));
        case "module" -> page.module(text(key, value));
        case "user-group" -> page.userGroup(numbers(key, List.of(value)).get(0));
        case "page-number" -> page.pageNumber(numbers(key, List.of(value)).get(0));
        case "theme-url" -> page.themeUrl(text(key, value));
        case "news-id" -> page.newsId(numbers(key, List.of(value)).get(0));
        case "categories" -> page.categories(numbers(key, value));
        case "tag" -> page.tag(text(key, value));
        case "static-page" -> page.staticPage(text(key, value));
        case "device" -> page.device(PageContext.Device.valueOf(text(key, value).toUpperCase(Locale.ROOT)));
        case "android" -> android = bool(key, value);
        case "ios" -> ios = bool(key, value);
        case "decline-dates" -> page.declineDates(bool(key, value));
        case "values" -> map(key, value).forEach((name, html) -> page.value(name, text(name, html)));
        case "blocks" -> map(key, value).forEach((name, keep) -> page.block(name, bool(name, keep)));
        case "custom" -> {
          List<Item> items = new ArrayList<>();
          for (Object element : list(key, value)) {
            items.add(item(map(key, element)));
          }
          List<Item> found = List.copyOf(items);
          page.customSource(query -> query.limit() > 0 && query.limit() < found.size()
              ? found.subList(0, query.limit()) : found);
        }
        case "category-tree" -> {
          CategoryTree tree = categoryTree(key, value);
          page.categorySource(() -> tree);
        }
        case "custom-comments" -> {
          List<Item> items = new ArrayList<>();
          for (Object element : list(key, value)) {
            items.add(item(map(key, element)));
          }
          List<Item> found = List.copyOf(items);
          page.commentSource(query -> query.limit() > 0 && query.limit() < found.size()
              ? found.subList(0, query.limit()) : found);
        }
        default -> page.value(key, text(key, value));
      }
    }
    return page.operatingSystem(android, ios).build();
  }

  /** "category-tree": [{"id": 1, "parent": 0, "name": "…", "description": "", "icon": "", "url": "…", "news-count": 3}]. */
  private static CategoryTree categoryTree(String key, Object value) {
    var categories = new ArrayList<Category>();
    for (Object element : list(key, value)) {
      Map<String, ?> fields = map(key, element);
      categories.add(new Category(
          numbers("id", List.of(required(fields, "id"))).get(0),
          numbers("parent", List.of(fields.containsKey("parent") ? fields.get("parent") : 0)).get(0),
          text("name", required(fields, "name")),
          text("description", fields.containsKey("description") ? fields.get("description") : ""),
          text("icon", fields.containsKey("icon") ? fields.get("icon") : ""),
          text("url", fields.containsKey("url") ? fields.get("url") : ""),
          numbers("news-count", List.of(fields.containsKey("news-count") ? fields.get("news-count") : 0)).get(0)));
    }
    return CategoryTree.of(categories);
  }

  private static Object required(Map<String, ?> fields, String name) {
    Object value = fields.get(name);
    if (value == null) {
      throw new IllegalArgumentException("\"category-tree\" entries need \"" + name + "\"");
    }
    return value;
  }

  private static String text(String key, Object value) {
    if (value instanceof String text) {
      return text;
    }
    if (value instanceof Number number) {
      var decimal = new BigDecimal(number.toString());
      return decimal.stripTrailingZeros().scale() <= 0 ? decimal.toBigInteger().toString() : number.toString();
    }
    if (value instanceof Boolean bool) {
      return bool ? "1" : "0";
    }
    throw new IllegalArgumentException("\"" + key + "\" must be text, a number or a boolean");
  }

  private static Instant instant(String key, Object value) {
    try {
      return Instant.parse(text(key, value));
    } catch (java.time.format.DateTimeParseException e) {
      throw new IllegalArgumentException("\"" + key + "\" must be an ISO-8601 instant such as 2024-05-03T11:05:09Z", e);
    }
  }

  private static boolean bool(String key, Object value) {
    if (value instanceof Boolean bool) {
      return bool;
    }
    throw new IllegalArgumentException("\"" + key + "\" must be true or false");
  }

  private static List<Integer> numbers(String key, Object value) {
    var numbers = new ArrayList<Integer>();
    for (Object element : list(key, value)) {
      if (element instanceof Number number) {
        numbers.add(number.intValue());
      } else if (element instanceof String text && PhpNumbers.isInteger(text)) {
        numbers.add((int) PhpNumbers.intval(text));
      } else {
        throw new IllegalArgumentException("\"" + key + "\" must hold whole numbers");
      }
    }
    return numbers;
  }

  private static List<?> list(String key, Object value) {
    if (value instanceof List<?> list) {
      return list;
    }
    throw new IllegalArgumentException("\"" + key + "\" must be a list");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, ?> map(String key, Object value) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, ?>) map;
    }
    throw new IllegalArgumentException("\"" + key + "\" must be an object");
  }
}
