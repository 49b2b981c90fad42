package org.ortaq.feed;

import java.util.regex.Pattern;

/**
 * One language version of a page, as a sitemap's xhtml:link rel="alternate".
 *
 * @param hreflang a BCP 47 language tag ({@code az}, {@code tr}, {@code en-GB}) or {@code
 *     x-default}
 * @param href the absolute URL of that version
 */
public record Alternate(String hreflang, String href) {
  private static final Pattern LANGUAGE_TAG =
      Pattern.compile("x-default|[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*");

  public Alternate {
    Checks.text(hreflang, "hreflang");
    if (!LANGUAGE_TAG.matcher(hreflang).matches()) {
      throw new IllegalArgumentException("hreflang is not a language tag: " + hreflang);
    }
    Checks.absoluteUrl(href, "href");
  }
}
