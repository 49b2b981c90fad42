package org.ortaq.event;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.ortaq.text.Language;

/** What it takes to create an event: when and where, its texts, who organizes it. */
public record NewEvent(
    String slug,
    EventKind kind,
    ZonedDateTime start,
    ZonedDateTime end,
    Venue venue,
    String onlineUrl,
    String rrule,
    int capacity,
    boolean sample,
    Map<Language, EventText> texts,
    List<Long> organizerIds,
    List<Long> articleIds) {

  public NewEvent {
    texts = Map.copyOf(texts);
    organizerIds = List.copyOf(organizerIds);
    articleIds = List.copyOf(articleIds);
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("an event cannot end before it starts");
    }
    if (!start.getZone().equals(end.getZone())) {
      throw new IllegalArgumentException("an event starts and ends in one time zone");
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("an event needs a title in at least one language");
    }
    if (capacity < 0) {
      throw new IllegalArgumentException("capacity cannot be negative");
    }
  }

  /** An event at a place without coordinates, address, online link, capacity or articles. */
  public NewEvent(String slug, EventKind kind, ZonedDateTime start, ZonedDateTime end, String venueName,
      String city, String country, String rrule, boolean sample, Map<Language, EventText> texts,
      List<Long> organizerIds) {
    this(slug, kind, start, end, Venue.of(venueName, city, country), "", rrule, 0, sample, texts,
        organizerIds, List.of());
  }
}
