package org.ortaq.event;

import java.net.URI;
import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.ortaq.error.Invalid;
import org.ortaq.text.HtmlSanitizer;
import org.ortaq.text.Language;
import org.ortaq.text.Slug;

/** Checks an event's fields, all at once, and builds the stored form. */
final class EventRules {
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private EventRules() {}

  static NewEvent check(EventInput input, Function<String, Optional<Long>> organizationBySlug,
      ArticleLinks articles) {
    var errors = new ArrayList<Invalid.FieldError>();
    EventKind kind = EventKind.MEETING;
    try {
      kind = EventKind.parse(input.kind() == null ? "" : input.kind().strip());
    } catch (IllegalArgumentException e) {
      errors.add(new Invalid.FieldError("kind", "must be forum, conference, exhibition, meeting, online or signing"));
    }
    List<Long> organizers = new ArrayList<>();
    List<String> slugs = input.organizers() == null ? List.of() : input.organizers();
    for (int i = 0; i < slugs.size(); i++) {
      Optional<Long> id = organizationBySlug.apply(slugs.get(i));
      if (id.isEmpty()) {
        errors.add(new Invalid.FieldError("organizers[" + i + "]", "unknown organization '" + slugs.get(i) + "'"));
      } else if (!organizers.contains(id.get())) {
        organizers.add(id.get());
      }
    }
    if (slugs.isEmpty()) {
      errors.add(new Invalid.FieldError("organizers", "name at least one organizing organization"));
    }
    Map<Language, EventText> texts = texts(input, errors);
    ZoneId zone = ZoneId.of("UTC");
    try {
      zone = ZoneId.of(input.timeZone() == null ? "" : input.timeZone().strip());
    } catch (DateTimeException e) {
      errors.add(new Invalid.FieldError("time_zone", "must be an IANA time zone such as Asia/Baku"));
    }
    ZonedDateTime start = time(input.start(), zone, "start", errors);
    ZonedDateTime end = input.end() == null || input.end().isBlank() ? start : time(input.end(), zone, "end", errors);
    if (start != null && end != null && end.isBefore(start)) {
      errors.add(new Invalid.FieldError("end", "must not be before start"));
    }
    Venue venue = venue(input.venue(), errors);
    String online = input.onlineUrl() == null ? "" : input.onlineUrl().strip();
    if (!online.isEmpty() && !webUrl(online)) {
      errors.add(new Invalid.FieldError("online_url", "must be an http(s) URL"));
    }
    if (online.isEmpty() && venue.city().isBlank() && venue.name().isBlank()) {
      errors.add(new Invalid.FieldError("venue", "give a venue (name or city) or an online_url"));
    }
    String rrule = input.rrule() == null ? "" : input.rrule().strip();
    if (rrule.regionMatches(true, 0, "RRULE:", 0, 6)) {
      rrule = rrule.substring(6);
    }
    Recurrence.problem(rrule).ifPresent(problem -> errors.add(new Invalid.FieldError("rrule", problem)));
    int capacity = input.capacity() == null ? 0 : input.capacity();
    if (capacity < 0 || capacity > 1_000_000) {
      errors.add(new Invalid.FieldError("capacity", "must be between 0 (no limit) and 1000000"));
    }
    List<Long> articleIds = input.articles() == null ? List.of() : input.articles();
    for (int i = 0; i < articleIds.size(); i++) {
      if (articles.find(articleIds.get(i)).isEmpty()) {
        errors.add(new Invalid.FieldError("articles[" + i + "]", "no published article " + articleIds.get(i)));
      }
    }
    String slug = input.slug() == null || input.slug().isBlank()
        ? (texts.isEmpty() ? "" : Slug.from(texts.values().iterator().next().title()))
        : input.slug().strip();
    if (!slug.matches("[a-z0-9](?:[a-z0-9-]{0,198}[a-z0-9])?") || slug.equals("calendar")) {
      errors.add(new Invalid.FieldError("slug", "use 1 to 200 lowercase letters, digits and hyphens"));
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    return new NewEvent(slug, kind, start, end, venue, online, rrule, capacity, false, texts, organizers,
        articleIds.stream().distinct().toList());
  }

  private static Map<Language, EventText> texts(EventInput input, List<Invalid.FieldError> errors) {
    Map<Language, EventText> texts = new EnumMap<>(Language.class);
    Map<String, String> titles = input.titles() == null ? Map.of() : input.titles();
    Map<String, String> descriptions = input.descriptions() == null ? Map.of() : input.descriptions();
    titles.forEach((code, title) -> Language.of(code).ifPresentOrElse(language -> {
      if (title == null || title.isBlank() || title.length() > 500) {
        errors.add(new Invalid.FieldError("titles." + code, "must have 1 to 500 characters"));
      } else {
        String description = descriptions.getOrDefault(code, "");
        texts.put(language, new EventText(title.strip(), HtmlSanitizer.clean(description == null ? "" : description)));
      }
    }, () -> errors.add(new Invalid.FieldError("titles." + code, "unknown language '" + code + "'"))));
    descriptions.keySet().stream().filter(code -> !titles.containsKey(code)).forEach(code ->
        errors.add(new Invalid.FieldError("descriptions." + code, "give a title in this language too")));
    if (titles.isEmpty()) {
      errors.add(new Invalid.FieldError("titles", "give the title in at least one language"));
    }
    return texts;
  }

  private static ZonedDateTime time(String text, ZoneId zone, String field, List<Invalid.FieldError> errors) {
    if (text == null || text.isBlank()) {
      errors.add(new Invalid.FieldError(field, "is required, e.g. 2026-06-15T10:00"));
      return null;
    }
    try {
      return LocalDateTime.parse(text.strip()).atZone(zone);
    } catch (DateTimeParseException e) {
      errors.add(new Invalid.FieldError(field, "must be a local date-time such as 2026-06-15T10:00"));
      return null;
    }
  }

  private static Venue venue(EventInput.VenueInput input, List<Invalid.FieldError> errors) {
    if (input == null) {
      return Venue.of("", "", "");
    }
    String country = input.country() == null ? "" : input.country().strip().toUpperCase(Locale.ROOT);
    if (!country.isEmpty() && !COUNTRIES.contains(country)) {
      errors.add(new Invalid.FieldError("venue.country", "must be an ISO 3166 alpha-2 code such as AZ"));
    }
    boolean located = input.latitude() != null && input.longitude() != null;
    if ((input.latitude() == null) != (input.longitude() == null)) {
      errors.add(new Invalid.FieldError("venue.latitude", "give latitude and longitude together"));
    }
    if (located && (Math.abs(input.latitude()) > 90 || Math.abs(input.longitude()) > 180)) {
      errors.add(new Invalid.FieldError("venue.latitude", "must be within -90..90 and -180..180"));
    }
    return new Venue(strip(input.name(), 300), strip(input.city(), 200), country, strip(input.address(), 500), located,
        located ? input.latitude() : 0, located ? input.longitude() : 0);
  }

  private static String strip(String value, int max) {
    String stripped = value == null ? "" : value.strip();
    return stripped.length() > max ? stripped.substring(0, max) : stripped;
  }

  private static boolean webUrl(String value) {
    try {
      URI uri = URI.create(value);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
          && value.length() <= 500;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
