package org.ortaq.event;

import java.util.List;
import java.util.Map;

/**
 * The JSON body that creates an event: {@code start} and {@code end} are local date-times
 * ({@code 2026-06-15T10:00}) in {@code time_zone}.
 */
public record EventInput(String slug, String kind, List<String> organizers, Map<String, String> titles,
    Map<String, String> descriptions, String start, String end, String timeZone, VenueInput venue,
    String onlineUrl, String rrule, Integer capacity, List<Long> articles) {

  /** Where: all optional, coordinates as a pair. */
  public record VenueInput(String name, String city, String country, String address, Double latitude,
      Double longitude) {}
}
