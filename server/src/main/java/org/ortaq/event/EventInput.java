package org.ortaq.event;

import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The JSON body that creates or changes an event: {@code start} and {@code end} are local
 * date-times ({@code 2026-06-15T10:00}) in {@code time_zone}.
 */
public record EventInput(String slug, String kind, List<String> organizers, Map<String, String> titles,
    Map<String, String> descriptions, String start, String end, String timeZone, VenueInput venue,
    String onlineUrl, String rrule, Integer capacity, List<Long> articles) {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

  /** Where: all optional, coordinates as a pair. */
  public record VenueInput(String name, String city, String country, String address, Double latitude,
      Double longitude) {}

  /** The input that would create {@code event} as it is now. */
  public static EventInput of(Event event, Function<Long, String> organizationSlug) {
    var titles = new LinkedHashMap<String, String>();
    var descriptions = new LinkedHashMap<String, String>();
    event.languages().forEach(language -> {
      titles.put(language.code(), event.texts().get(language).title());
      descriptions.put(language.code(), event.texts().get(language).description());
    });
    Venue venue = event.venue();
    return new EventInput(event.slug(), event.kind().code(), event.organizerIds().stream().map(organizationSlug).toList(),
        titles, descriptions, LOCAL.format(event.start()), LOCAL.format(event.end()), event.start().getZone().getId(),
        new VenueInput(venue.name(), venue.city(), venue.country(), venue.address(),
            venue.located() ? venue.latitude() : null, venue.located() ? venue.longitude() : null),
        event.onlineUrl(), event.rrule(), event.capacity(), event.articleIds());
  }

  /**
   * This input with {@code patch} laid over it, as a JSON PATCH body means: a field left out
   * keeps its value; titles and descriptions merge per language, where a null removes one (the
   * rule of RFC 7396 merge patch); any other field given replaces the old one whole.
   */
  public EventInput with(EventInput patch) {
    Map<String, String> mergedTitles = merge(titles, patch.titles);
    Map<String, String> mergedDescriptions = merge(descriptions, patch.descriptions);
    // a language whose title the patch removes loses its description with it
    mergedDescriptions.keySet().removeIf(language -> !mergedTitles.containsKey(language)
        && (patch.descriptions == null || !patch.descriptions.containsKey(language)));
    return new EventInput(or(patch.slug, slug), or(patch.kind, kind), or(patch.organizers, organizers),
        mergedTitles, mergedDescriptions, or(patch.start, start), or(patch.end, end),
        or(patch.timeZone, timeZone), or(patch.venue, venue), or(patch.onlineUrl, onlineUrl), or(patch.rrule, rrule),
        or(patch.capacity, capacity), or(patch.articles, articles));
  }

  private static <T> T or(T given, T kept) {
    return given != null ? given : kept;
  }

  private static Map<String, String> merge(Map<String, String> kept, Map<String, String> given) {
    var merged = new LinkedHashMap<String, String>(kept == null ? Map.of() : kept);
    if (given != null) {
      given.forEach((language, text) -> {
        if (text == null) {
          merged.remove(language);
        } else {
          merged.put(language, text);
        }
      });
    }
    return merged;
  }
}
