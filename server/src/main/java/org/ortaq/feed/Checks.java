package org.ortaq.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Argument checks shared by this package's records: no null, no blank text, absolute URLs. */
final class Checks {
  private Checks() {}

  static String text(String value, String name) {
    Objects.requireNonNull(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " is blank");
    }
    return value;
  }

  /** An http or https URL with a host: feeds and sitemaps are read away from our pages. */
  static String absoluteUrl(String value, String name) {
    Objects.requireNonNull(value, name);
    try {
      var uri = new URI(value);
      var scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
        throw new IllegalArgumentException(name + " is not an absolute http(s) URL: " + value);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(name + " is not a URL: " + value, e);
    }
    return value;
  }

  /** An absolute URL, or "" for none. */
  static String absoluteUrlOrEmpty(String value, String name) {
    Objects.requireNonNull(value, name);
    return value.isEmpty() ? value : absoluteUrl(value, name);
  }

  /**
   * An absolute URI of any scheme ({@code tag:}, {@code urn:}, {@code https:}), as atom:id needs.
   */
  static String absoluteUri(String value, String name) {
    text(value, name);
    try {
      if (!new URI(value).isAbsolute()) {
        throw new IllegalArgumentException(name + " is not an absolute URI: " + value);
      }
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException(name + " is not a URI: " + value, e);
    }
    return value;
  }

  static List<String> texts(List<String> values, String name) {
    var copy = List.copyOf(Objects.requireNonNull(values, name));
    copy.forEach(value -> text(value, name + " element"));
    return copy;
  }
}
