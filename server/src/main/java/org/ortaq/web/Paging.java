package org.ortaq.web;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ortaq.error.Invalid;

/** {@code ?page=&per_page=} of an API list: 1-based pages of 1 to 100 items (20 by default). */
public record Paging(int page, int perPage) {
  public static Paging of(Context ctx) {
    return new Paging(number(ctx, "page", 1, 1_000_000), number(ctx, "per_page", 20, 100));
  }

  public int offset() {
    return (page - 1) * perPage;
  }

  /** The JSON envelope of one page. */
  public Map<String, Object> page(List<?> items, long total) {
    var json = new LinkedHashMap<String, Object>();
    json.put("items", items);
    json.put("page", page);
    json.put("per_page", perPage);
    json.put("total", total);
    json.put("pages", Math.max(1, (total + perPage - 1) / perPage));
    return json;
  }

  private static int number(Context ctx, String name, int fallback, int max) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int number = Integer.parseInt(value.strip());
      if (number < 1 || number > max) {
        throw new Invalid(name, "must be between 1 and " + max);
      }
      return number;
    } catch (NumberFormatException e) {
      throw new Invalid(name, "must be a whole number");
    }
  }
}
