package org.ortaq.event;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * Expands an event's RFC 5545 RRULE with ical4j. Every expansion is bounded by a window and a
 * count, so a rule without COUNT or UNTIL (the conference every 15 June) never runs forever.
 */
public final class Recurrence {
  /** At most this many dates come out of one expansion. */
  public static final int MAX_OCCURRENCES = 500;

  private Recurrence() {}

  /** Why {@code rrule} is not usable, or empty when it is. */
  public static Optional<String> problem(String rrule) {
    if (rrule.isBlank()) {
      return Optional.empty();
    }
    if (rrule.length() > 500) {
      return Optional.of("is longer than 500 characters");
    }
    try {
      Recur<ZonedDateTime> recur = new Recur<>(rrule.strip());
      Frequency frequency = recur.getFrequency();
      if (frequency == null) {
        return Optional.of("needs FREQ");
      }
      if (frequency == Frequency.SECONDLY || frequency == Frequency.MINUTELY || frequency == Frequency.HOURLY) {
        return Optional.of("must repeat at most daily");
      }
      return Optional.empty();
    } catch (RuntimeException e) {
      return Optional.of("is not an RFC 5545 RRULE (" + e.getMessage() + ")");
    }
  }

  /**
   * The occurrences of {@code event} that overlap [{@code from}, {@code to}), earliest first, at
   * most {@code max} of them.
   */
  public static List<Occurrence> between(Event event, ZonedDateTime from, ZonedDateTime to, int max) {
    Duration length = event.duration();
    var out = new ArrayList<Occurrence>();
    if (!event.recurring()) {
      if (event.end().isAfter(from) && event.start().isBefore(to) || event.start().equals(from)) {
        out.add(new Occurrence(event, event.start(), event.end()));
      }
      return out;
    }
    int limit = Math.min(Math.max(max, 0), MAX_OCCURRENCES);
    if (limit == 0 || !to.isAfter(event.start())) {
      return out;
    }
    Recur<ZonedDateTime> recur = new Recur<>(event.rrule().strip());
    ZonedDateTime seed = event.start();
    ZonedDateTime windowStart = from.minus(length).isAfter(seed) ? from.minus(length) : seed;
    List<ZonedDateTime> dates = recur.getDates(seed, windowStart.withZoneSameInstant(seed.getZone()),
        to.withZoneSameInstant(seed.getZone()), limit);
    for (ZonedDateTime start : dates) {
      ZonedDateTime end = start.plus(length);
      if ((end.isAfter(from) || start.equals(from)) && start.isBefore(to) && out.size() < limit) {
        out.add(new Occurrence(event, start, end));
      }
    }
    return out;
  }

  /** The next {@code count} occurrences that have not ended at {@code now}, looking ahead ten years. */
  public static List<Occurrence> next(Event event, ZonedDateTime now, int count) {
    return between(event, now, now.plusYears(10), count);
  }
}
