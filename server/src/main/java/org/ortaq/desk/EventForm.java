package org.ortaq.desk;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ortaq.error.Invalid;
import org.ortaq.event.Event;
import org.ortaq.event.EventInput;
import org.ortaq.text.Language;

/**
 * The desk's event form as typed: every field a string, so that a wrong value comes back to the
 * form exactly as it was entered.
 */
record EventForm(String slug, String kind, List<String> organizers, Map<Language, String> titles,
    Map<Language, String> descriptions, String start, String end, String timeZone, String venueName, String city,
    String country, String address, String latitude, String longitude, String onlineUrl, String rrule,
    String capacity, String articles) {

  EventForm {
    organizers = List.copyOf(organizers);
    titles = Map.copyOf(titles);
    descriptions = Map.copyOf(descriptions);
  }

  /** An empty form for a new event of {@code organizer}, in its time zone. */
  static EventForm blank(String organizer, String timeZone) {
    return new EventForm("", "meeting", List.of(organizer), Map.of(), Map.of(), "", "", timeZone, "", "", "", "", "",
        "", "", "", "0", "");
  }

  /** The form of {@code event} as it is stored. */
  static EventForm of(Event event, Function<Long, String> organizationSlug) {
    EventInput input = EventInput.of(event, organizationSlug);
    Map<Language, String> titles = new EnumMap<>(Language.class);
    Map<Language, String> descriptions = new EnumMap<>(Language.class);
    input.titles().forEach((code, title) -> Language.of(code).ifPresent(language -> titles.put(language, title)));
    input.descriptions().forEach((code, text) -> Language.of(code).ifPresent(language -> descriptions.put(language, text)));
    EventInput.VenueInput venue = input.venue();
    return new EventForm(input.slug(), input.kind(), input.organizers(), titles, descriptions, input.start(),
        input.end(), input.timeZone(), venue.name(), venue.city(), venue.country(), venue.address(),
        venue.latitude() == null ? "" : venue.latitude().toString(),
        venue.longitude() == null ? "" : venue.longitude().toString(), input.onlineUrl(), input.rrule(),
        Integer.toString(input.capacity()),
        input.articles().stream().map(String::valueOf).collect(Collectors.joining(", ")));
  }

  /** The form as posted. */
  static EventForm read(Context ctx) {
    Map<Language, String> titles = new EnumMap<>(Language.class);
    Map<Language, String> descriptions = new EnumMap<>(Language.class);
    for (Language language : Language.values()) {
      titles.put(language, field(ctx, "title_" + language.code()));
      descriptions.put(language, field(ctx, "description_" + language.code()));
    }
    return new EventForm(field(ctx, "slug"), field(ctx, "kind"), ctx.formParams("organizers"), titles, descriptions,
        field(ctx, "start"), field(ctx, "end"), field(ctx, "time_zone"), field(ctx, "venue_name"), field(ctx, "city"),
        field(ctx, "country"), field(ctx, "address"), field(ctx, "latitude"), field(ctx, "longitude"),
        field(ctx, "online_url"), field(ctx, "rrule"), field(ctx, "capacity"), field(ctx, "articles"));
  }

  String title(Language language) {
    return titles.getOrDefault(language, "");
  }

  String description(Language language) {
    return descriptions.getOrDefault(language, "");
  }

  /**
   * The service's input: a language counts when its title is filled in. Numbers that do not parse
   * are field errors here, before the service sees anything.
   */
  EventInput input() {
    var errors = new ArrayList<Invalid.FieldError>();
    Map<String, String> titleInput = new LinkedHashMap<>();
    Map<String, String> descriptionInput = new LinkedHashMap<>();
    for (Language language : Language.values()) {
      if (!title(language).isBlank()) {
        titleInput.put(language.code(), title(language));
        descriptionInput.put(language.code(), description(language));
      } else if (!description(language).isBlank()) {
        descriptionInput.put(language.code(), description(language));
      }
    }
    int places = 0;
    if (!capacity.isBlank()) {
      Optional<Long> value = whole(capacity, "capacity", errors);
      if (value.isPresent() && value.get() != value.get().intValue()) {
        errors.add(new Invalid.FieldError("capacity", "must be between 0 (no limit) and 1000000"));
      }
      places = value.map(Long::intValue).orElse(0);
    }
    Double lat = decimal(latitude, "venue.latitude", errors);
    Double lon = decimal(longitude, "venue.longitude", errors);
    var articleIds = new ArrayList<Long>();
    for (String part : articles.split("[,\\s]+")) {
      if (!part.isBlank()) {
        whole(part, "articles", errors).ifPresent(articleIds::add);
      }
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    return new EventInput(slug, kind, organizers, titleInput, descriptionInput, start, end, timeZone,
        new EventInput.VenueInput(venueName, city, country, address, lat, lon), onlineUrl, rrule, places, articleIds);
  }

  private static Optional<Long> whole(String text, String field, List<Invalid.FieldError> errors) {
    try {
      return Optional.of(Long.parseLong(text.strip()));
    } catch (NumberFormatException e) {
      errors.add(new Invalid.FieldError(field, "'" + text.strip() + "' is not a whole number"));
      return Optional.empty();
    }
  }

  /** A coordinate, or null (the API's "not given") when the field is empty. */
  private static Double decimal(String text, String field, List<Invalid.FieldError> errors) {
    if (text.isBlank()) {
      return null;
    }
    try {
      double value = Double.parseDouble(text.strip().replace(',', '.'));
      if (Double.isFinite(value)) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    errors.add(new Invalid.FieldError(field, "'" + text.strip() + "' is not a number"));
    return null;
  }

  private static String field(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }
}
