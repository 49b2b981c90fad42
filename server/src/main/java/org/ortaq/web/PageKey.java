package org.ortaq.web;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The page cache's key for a request: the raw path (which holds the language) and the query with
 * its parameters decoded as Javalin decodes them, sorted by name, and encoded again. Both the
 * Javalin route and the Jetty fast path compute it here, so they always agree on a page.
 */
final class PageKey {
  private PageKey() {}

  /** The key, or empty when the query cannot be decoded (such a request is never cached). */
  static Optional<String> of(String path, String rawQuery) {
    if (rawQuery == null || rawQuery.isEmpty()) {
      return Optional.of(path);
    }
    Map<String, List<String>> query = new TreeMap<>();
    try {
      // As Javalin's queryParamMap: split on '&', then on the first '=', and decode both sides.
      for (String parameter : rawQuery.split("&", -1)) {
        int equals = parameter.indexOf('=');
        String name = decode(equals < 0 ? parameter : parameter.substring(0, equals));
        String value = equals < 0 ? "" : decode(parameter.substring(equals + 1));
        query.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
      }
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // a malformed %-escape
    }
    var key = new StringBuilder(path);
    char separator = '?';
    for (var parameter : query.entrySet()) {
      for (String value : parameter.getValue()) {
        key.append(separator).append(encode(parameter.getKey())).append('=').append(encode(value));
        separator = '&';
      }
    }
    return Optional.of(key.toString());
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
