package org.ortaq.template;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every parameter of a {@code {custom …}} tag (DLE 18.0, reference §7.2), parsed. Absent text
 * parameters are "", absent lists empty, absent numbers 0 ({@code limit} 0: the server's default
 * page size), absent yes/no parameters false; {@code parameters} holds every raw value found.
 */
public record CustomQuery(
    String template,
    int limit,
    int from,
    List<IdRange> category,
    List<IdRange> categoryExclude,
    String subcat,
    List<IdRange> id,
    List<IdRange> idExclude,
    List<String> aviable,
    String order,
    String sort,
    boolean sortByUser,
    int days,
    boolean futureAnnounce,
    String fixed,
    List<String> author,
    List<String> authorExclude,
    List<String> catalog,
    List<String> catalogExclude,
    String xfields,
    String xfieldsExclude,
    List<String> tags,
    boolean navigation,
    String cache,
    boolean banners,
    boolean unique,
    boolean favorites,
    String name,
    Map<String, String> parameters) {

  private static final List<String> NAMES = List.of(
      "template", "limit", "from", "category", "categoryexclude", "subcat", "id", "idexclude",
      "aviable", "available", "order", "sort", "sortbyuser", "days", "futureannounce", "fixed",
      "author", "authorexclude", "catalog", "catalogexclude", "xfields", "xfieldsexclude", "tags",
      "navigation", "cache", "banners", "unique", "favorites", "name");
  private static final Map<String, Pattern> PATTERNS = patterns();

  public CustomQuery {
    category = List.copyOf(category);
    categoryExclude = List.copyOf(categoryExclude);
    id = List.copyOf(id);
    idExclude = List.copyOf(idExclude);
    aviable = List.copyOf(aviable);
    author = List.copyOf(author);
    authorExclude = List.copyOf(authorExclude);
    catalog = List.copyOf(catalog);
    catalogExclude = List.copyOf(catalogExclude);
    tags = List.copyOf(tags);
    parameters = Map.copyOf(parameters);
  }

  /**
   * Reads the parameters as DLE does: each one by its own case-insensitive search for
   * {@code name="…"} or {@code name='…'}, without a word boundary; unknown ones are ignored.
   * ({@code xfields} and {@code xfieldsexclude} take double quotes only.)
   */
  static CustomQuery parse(String text) {
    Map<String, String> found = new LinkedHashMap<>();
    for (String name : NAMES) {
      Matcher matcher = PATTERNS.get(name).matcher(text);
      if (matcher.find()) {
        found.put(name, matcher.group(1));
      }
    }
    String aviable = found.getOrDefault("aviable", found.getOrDefault("available", "global"));
    return new CustomQuery(
        found.getOrDefault("template", "shortstory").strip(),
        (int) Math.max(0, Math.min(Integer.MAX_VALUE, PhpNumbers.intval(found.getOrDefault("limit", "0")))),
        (int) Math.max(0, Math.min(Integer.MAX_VALUE, PhpNumbers.intval(found.getOrDefault("from", "0")))),
        IdRange.parseList(found.getOrDefault("category", "")),
        IdRange.parseList(found.getOrDefault("categoryexclude", "")),
        lower(found.getOrDefault("subcat", "")),
        IdRange.parseList(found.getOrDefault("id", "")),
        IdRange.parseList(found.getOrDefault("idexclude", "")),
        split(aviable, "\\|"),
        lower(found.getOrDefault("order", "")),
        lower(found.getOrDefault("sort", "")),
        yes(found.get("sortbyuser")),
        (int) Math.max(0, Math.min(Integer.MAX_VALUE, PhpNumbers.intval(found.getOrDefault("days", "0")))),
        yes(found.get("futureannounce")),
        lower(found.getOrDefault("fixed", "")),
        split(found.getOrDefault("author", ""), ","),
        split(found.getOrDefault("authorexclude", ""), ","),
        split(found.getOrDefault("catalog", ""), ","),
        split(found.getOrDefault("catalogexclude", ""), ","),
        found.getOrDefault("xfields", ""),
        found.getOrDefault("xfieldsexclude", ""),
        split(found.getOrDefault("tags", ""), ","),
        yes(found.get("navigation")),
        lower(found.getOrDefault("cache", "")),
        yes(found.get("banners")),
        yes(found.get("unique")),
        yes(found.get("favorites")),
        found.getOrDefault("name", "").strip(),
        found);
  }

  /** Whether the block shows in this module: "global" means everywhere (DLE's default). */
  boolean shownIn(String module) {
    for (String candidate : aviable) {
      if (candidate.equals("global") || candidate.equalsIgnoreCase(module)) {
        return true;
      }
    }
    return false;
  }

  private static boolean yes(String value) {
    return value != null && value.strip().equalsIgnoreCase("yes");
  }

  private static String lower(String value) {
    return value.strip().toLowerCase(Locale.ROOT);
  }

  private static List<String> split(String value, String separator) {
    return Arrays.stream(value.split(separator)).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Map<String, Pattern> patterns() {
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    for (String name : NAMES) {
      String quotes = name.startsWith("xfields") ? "\"" : "['\"]";
      patterns.put(name, Pattern.compile(
          Pattern.quote(name) + "=" + quotes + "(.+?)" + quotes, Pattern.CASE_INSENSITIVE | Pattern.DOTALL));
    }
    return Map.copyOf(patterns);
  }
}
