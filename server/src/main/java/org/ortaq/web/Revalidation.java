package org.ortaq.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/** Decides whether a GET or HEAD may be answered 304 Not Modified (RFC 9110 §13.1.2, §13.1.3, §13.2.2). */
final class Revalidation {
  /** IMF-fixdate (RFC 9110 §5.6.7): unlike RFC_1123_DATE_TIME it always has a two-digit day. */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

  private Revalidation() {}

  static String httpDate(Instant instant) {
    return HTTP_DATE.format(instant);
  }

  /**
   * True when the reader's copy is current. Empty strings stand for absent headers. If-None-Match,
   * when present, decides alone; If-Modified-Since counts only without it (RFC 9110 §13.2.2).
   */
  static boolean notModified(String ifNoneMatch, String ifModifiedSince, String etag, Instant lastModified) {
    if (!ifNoneMatch.isBlank()) {
      return matchesAny(ifNoneMatch, etag);
    }
    if (ifModifiedSince.isBlank()) {
      return false;
    }
    try {
      Instant since = ZonedDateTime.parse(ifModifiedSince.strip(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      return !lastModified.isAfter(since);
    } catch (DateTimeParseException e) {
      return false; // an invalid date is ignored (RFC 9110 §13.1.3)
    }
  }

  /**
   * Weak comparison (RFC 9110 §8.8.3.2) of {@code etag} with each entity tag in the list, or
   * {@code *}. Entity tags are read as quoted strings, because a comma may stand inside one.
   */
  static boolean matchesAny(String list, String etag) {
    String wanted = opaque(etag);
    int i = 0;
    while (i < list.length()) {
      char c = list.charAt(i);
      if (c == ',' || c == ' ' || c == '\t') {
        i++;
      } else if (c == '*') {
        return true;
      } else {
        if (list.startsWith("W/", i)) {
          i += 2;
        }
        if (i >= list.length() || list.charAt(i) != '"') {
          return false; // malformed: no match, so the full page is sent
        }
        int end = list.indexOf('"', i + 1);
        if (end < 0) {
          return false;
        }
        if (list.substring(i, end + 1).equals(wanted)) {
          return true;
        }
        i = end + 1;
      }
    }
    return false;
  }

  private static String opaque(String etag) {
    return etag.startsWith("W/") ? etag.substring(2) : etag;
  }
}
