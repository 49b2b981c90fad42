package org.ortaq.template;

/** PHP's lenient number reading, which DLE applies to tag parameters. */
final class PhpNumbers {
  private PhpNumbers() {}

  /** PHP {@code intval()}: leading whitespace, an optional sign, digits; anything else stops it. */
  static long intval(String text) {
    int i = 0;
    int length = text.length();
    while (i < length && TagStripper.isSpace(text.charAt(i))) {
      i++;
    }
    boolean negative = false;
    if (i < length && (text.charAt(i) == '-' || text.charAt(i) == '+')) {
      negative = text.charAt(i) == '-';
      i++;
    }
    long value = 0;
    while (i < length && text.charAt(i) >= '0' && text.charAt(i) <= '9') {
      value = value * 10 + (text.charAt(i) - '0');
      if (value > 1_000_000_000_000_000L) {
        value = Long.MAX_VALUE; // saturate, as PHP does at its integer bounds
        break;
      }
      i++;
    }
    return negative ? -value : value;
  }

  /** Whether the text is an optionally signed run of ASCII digits, surrounded by whitespace at most. */
  static boolean isInteger(String text) {
    String trimmed = text.strip();
    int start = trimmed.startsWith("-") || trimmed.startsWith("+") ? 1 : 0;
    if (trimmed.length() == start) {
      return false;
    }
    for (int i = start; i < trimmed.length(); i++) {
      if (trimmed.charAt(i) < '0' || trimmed.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  /** PHP's float reading of a numeric prefix, for [if] comparisons; 0 when there is none. */
  static double floatval(String text) {
    String trimmed = text.strip();
    int end = 0;
    boolean digits = false;
    boolean point = false;
    if (end < trimmed.length() && (trimmed.charAt(end) == '-' || trimmed.charAt(end) == '+')) {
      end++;
    }
    while (end < trimmed.length()) {
      char c = trimmed.charAt(end);
      if (c >= '0' && c <= '9') {
        digits = true;
      } else if (c == '.' && !point) {
        point = true;
      } else {
        break;
      }
      end++;
    }
    if (!digits) {
      return 0;
    }
    try {
      return Double.parseDouble(trimmed.substring(0, end));
    } catch (NumberFormatException e) {
      return 0;
    }
  }
}
