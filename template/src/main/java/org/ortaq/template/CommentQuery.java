package org.ortaq.template;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parameters of a {@code {customcomments …}} tag (DLE 18.0 {@code custom_comments}), parsed:
 * {@code template} (default "comments"), {@code limit} (0: the server's default), {@code from},
 * {@code newsId}/{@code newsIdExclude} (stories), {@code id}/{@code idExclude} (comments),
 * {@code category}/{@code categoryExclude}, {@code days}, {@code author}/{@code authorExclude},
 * {@code order} ("date", "rating", "rand", "id_as_list"; default "date"), {@code sort} ("asc" or
 * "desc", the default), {@code cache}, {@code name}, and every raw value in {@code parameters}.
 */
public record CommentQuery(
    String template,
    int limit,
    int from,
    List<IdRange> newsId,
    List<IdRange> newsIdExclude,
    List<IdRange> id,
    List<IdRange> idExclude,
    List<IdRange> category,
    List<IdRange> categoryExclude,
    int days,
    List<String> author,
    List<String> authorExclude,
    List<String> aviable,
    String order,
    String sort,
    String cache,
    String name,
    Map<String, String> parameters) {

  private static final List<String> NAMES = List.of(
      "template", "limit", "from", "newsidexclude", "newsid", "idexclude", "id", "categoryexclude", "category",
      "days", "authorexclude", "author", "aviable", "available", "order", "sort", "cache", "name");
  private static final Map<String, Pattern> PATTERNS = patterns();

  public CommentQuery {
    newsId = List.copyOf(newsId);
    newsIdExclude = List.copyOf(newsIdExclude);
    id = List.copyOf(id);
    idExclude = List.copyOf(idExclude);
    category = List.copyOf(category);
    categoryExclude = List.copyOf(categoryExclude);
    author = List.copyOf(author);
    authorExclude = List.copyOf(authorExclude);
    aviable = List.copyOf(aviable);
    parameters = Map.copyOf(parameters);
  }

  /**
   * Reads the parameters as DLE does: each by its own case-insensitive search for
   * {@code name="…"} or {@code name='…'} without a word boundary, except that a matched
   * {@code newsid…} is cut out first so that {@code id="…"} does not find it (DLE does the same).
   */
  static CommentQuery parse(String text) {
    Map<String, String> found = new LinkedHashMap<>();
    String rest = text;
    for (String name : NAMES) {
      Matcher matcher = PATTERNS.get(name).matcher(rest);
      if (matcher.find()) {
        found.put(name, matcher.group(1));
        if (name.startsWith("newsid")) {
          rest = rest.substring(0, matcher.start()) + rest.substring(matcher.end());
        }
      }
    }
    String aviable = found.getOrDefault("available", found.getOrDefault("aviable", "global"));
    String order = lower(found.getOrDefault("order", "date"));
    String sort = lower(found.getOrDefault("sort", "desc"));
    return new CommentQuery(
        found.getOrDefault("template", "comments").strip(),
        number(found.getOrDefault("limit", "0")),
        number(found.getOrDefault("from", "0")),
        IdRange.parseList(found.getOrDefault("newsid", "")),
        IdRange.parseList(found.getOrDefault("newsidexclude", "")),
        IdRange.parseList(found.getOrDefault("id", "")),
        IdRange.parseList(found.getOrDefault("idexclude", "")),
        IdRange.parseList(found.getOrDefault("category", "")),
        IdRange.parseList(found.getOrDefault("categoryexclude", "")),
        number(found.getOrDefault("days", "0")),
        split(found.getOrDefault("author", ""), ","),
        split(found.getOrDefault("authorexclude", ""), ","),
        split(aviable, "\\|"),
        List.of("date", "rating", "rand", "id_as_list").contains(order) ? order : "date",
        sort.equals("asc") ? "asc" : "desc",
        lower(found.getOrDefault("cache", "")),
        found.getOrDefault("name", "").strip(),
        found);
  }

  /** Whether the block shows in this module: "global" first means everywhere, as in DLE. */
  boolean shownIn(String module) {
    return !aviable.isEmpty() && (aviable.get(0).equals("global") || aviable.contains(module));
  }

  private static int number(String value) {
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, PhpNumbers.intval(value)));
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
      patterns.put(name, Pattern.compile(
          Pattern.quote(name) + "=['\"](.+?)['\"]", Pattern.CASE_INSENSITIVE | Pattern.DOTALL));
    }
    return Map.copyOf(patterns);
  }
}
