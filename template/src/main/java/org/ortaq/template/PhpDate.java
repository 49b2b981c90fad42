package org.ortaq.template;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.IsoFields;
import java.util.Locale;
import java.util.TimeZone;

/**
 * PHP's {@code DateTime::format()}: every format letter with PHP's meaning, English names, a
 * backslash to quote the next character, any other character copied. Names are localised
 * afterwards by {@link DateNames}, on the output, as DLE's {@code langdate()} does.
 */
final class PhpDate {
  private static final String[] DAYS = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
  };
  private static final String[] MONTHS = {
    "January", "February", "March", "April", "May", "June",
    "July", "August", "September", "October", "November", "December"
  };

  private PhpDate() {}

  static String format(String format, Instant instant, ZoneId zone) {
    var time = ZonedDateTime.ofInstant(instant, zone);
    var out = new StringBuilder(format.length() * 2);
    for (int i = 0; i < format.length(); i++) {
      char letter = format.charAt(i);
      if (letter == '\\') {
        if (i + 1 < format.length()) {
          out.append(format.charAt(++i));
        }
        continue;
      }
      append(out, letter, time);
    }
    return out.toString();
  }

  private static void append(StringBuilder out, char letter, ZonedDateTime time) {
    int day = time.getDayOfMonth();
    int hour = time.getHour();
    int offset = time.getOffset().getTotalSeconds();
    switch (letter) {
      case 'd' -> pad(out, day, 2);
      case 'j' -> out.append(day);
      case 'D' -> out.append(DAYS[time.getDayOfWeek().getValue() - 1], 0, 3);
      case 'l' -> out.append(DAYS[time.getDayOfWeek().getValue() - 1]);
      case 'N' -> out.append(time.getDayOfWeek().getValue());
      case 'w' -> out.append(time.getDayOfWeek().getValue() % 7);
      case 'S' -> out.append(ordinalSuffix(day));
      case 'z' -> out.append(time.getDayOfYear() - 1);
      case 'W' -> pad(out, time.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR), 2);
      case 'F' -> out.append(MONTHS[time.getMonthValue() - 1]);
      case 'M' -> out.append(MONTHS[time.getMonthValue() - 1], 0, 3);
      case 'm' -> pad(out, time.getMonthValue(), 2);
      case 'n' -> out.append(time.getMonthValue());
      case 't' -> out.append(time.toLocalDate().lengthOfMonth());
      case 'L' -> out.append(time.toLocalDate().isLeapYear() ? 1 : 0);
      case 'o' -> out.append(time.get(IsoFields.WEEK_BASED_YEAR));
      case 'Y' -> year(out, time.getYear());
      case 'y' -> pad(out, Math.floorMod(time.getYear(), 100), 2);
      case 'a' -> out.append(hour < 12 ? "am" : "pm");
      case 'A' -> out.append(hour < 12 ? "AM" : "PM");
      case 'g' -> out.append(hour % 12 == 0 ? 12 : hour % 12);
      case 'G' -> out.append(hour);
      case 'h' -> pad(out, hour % 12 == 0 ? 12 : hour % 12, 2);
      case 'H' -> pad(out, hour, 2);
      case 'i' -> pad(out, time.getMinute(), 2);
      case 's' -> pad(out, time.getSecond(), 2);
      case 'u' -> pad(out, time.get(ChronoField.MICRO_OF_SECOND), 6);
      case 'v' -> pad(out, time.get(ChronoField.MILLI_OF_SECOND), 3);
      case 'B' -> swatch(out, time);
      case 'e' -> out.append(time.getZone().getId());
      case 'T' -> out.append(abbreviation(time));
      case 'I' -> out.append(time.getZone().getRules().isDaylightSavings(time.toInstant()) ? 1 : 0);
      case 'O' -> offset(out, offset, false);
      case 'P' -> offset(out, offset, true);
      case 'p' -> {
        if (offset == 0) {
          out.append('Z');
        } else {
          offset(out, offset, true);
        }
      }
      case 'Z' -> out.append(offset);
      case 'c' -> out.append(format("Y-m-d\\TH:i:sP", time.toInstant(), time.getZone()));
      case 'r' -> out.append(format("D, d M Y H:i:s O", time.toInstant(), time.getZone()));
      case 'U' -> out.append(time.toEpochSecond());
      default -> out.append(letter);
    }
  }

  private static String ordinalSuffix(int day) {
    if (day >= 11 && day <= 13) {
      return "th";
    }
    return switch (day % 10) {
      case 1 -> "st";
      case 2 -> "nd";
      case 3 -> "rd";
      default -> "th";
    };
  }

  /** PHP pads Y to four digits and puts a minus sign before negative years. */
  private static void year(StringBuilder out, int year) {
    if (year < 0) {
      out.append('-');
    }
    pad(out, Math.abs(year), 4);
  }

  private static void swatch(StringBuilder out, ZonedDateTime time) {
    long seconds = Math.floorMod(time.toEpochSecond() + 3600, 86400);
    pad(out, (int) (seconds * 10 / 864), 3);
  }

  /** The zone's short name as PHP prints it: "UTC", "MSK", or "+04" when there is none. */
  private static String abbreviation(ZonedDateTime time) {
    if (time.getZone().normalized().equals(ZoneOffset.UTC)) {
      return "UTC";
    }
    String name = time.getZone().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
    boolean daylight = time.getZone().getRules().isDaylightSavings(time.toInstant());
    String java = TimeZone.getTimeZone(time.getZone()).getDisplayName(daylight, TimeZone.SHORT, Locale.ENGLISH);
    String candidate = java.startsWith("GMT") ? name : java;
    if (candidate.startsWith("GMT") || candidate.contains("/") || candidate.isEmpty()) {
      var sb = new StringBuilder();
      offset(sb, time.getOffset().getTotalSeconds(), true);
      String text = sb.toString();
      return text.endsWith(":00") ? text.substring(0, 3) : text.replace(":", "");
    }
    return candidate;
  }

  private static void offset(StringBuilder out, int seconds, boolean colon) {
    out.append(seconds < 0 ? '-' : '+');
    int absolute = Math.abs(seconds);
    pad(out, absolute / 3600, 2);
    if (colon) {
      out.append(':');
    }
    pad(out, absolute / 60 % 60, 2);
  }

  private static void pad(StringBuilder out, int value, int width) {
    String digits = Integer.toString(value);
    for (int i = digits.length(); i < width; i++) {
      out.append('0');
    }
    out.append(digits);
  }
}
