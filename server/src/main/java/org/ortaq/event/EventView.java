package org.ortaq.event;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ortaq.organization.Organization;
import org.ortaq.template.Item;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.web.Json;
import org.ortaq.web.Messages;

/** Binds events to the theme's tags ({@code eventshort.tpl}, {@code event.tpl}) and writes JSON-LD. */
final class EventView {
  private final Function<Long, Organization> organizations;
  private final Messages messages;

  EventView(Function<Long, Organization> organizations, Messages messages) {
    this.organizations = organizations;
    this.messages = messages;
  }

  static String date(ZonedDateTime time, Language language) {
    return time.format(DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()));
  }

  static String time(ZonedDateTime time) {
    return time.format(DateTimeFormatter.ofPattern("HH:mm"));
  }

  /** The event's title, after a "cancelled" mark when it is. */
  String heading(Event event, Language language) {
    return event.cancelled() ? messages.get(language, "event_cancelled") + ": " + event.title(language)
        : event.title(language);
  }

  /** The item of one occurrence, for lists and the event page. */
  Item.Builder item(Occurrence occurrence, Language language) {
    Event event = occurrence.event();
    ZonedDateTime start = occurrence.start().withZoneSameInstant(event.start().getZone());
    ZonedDateTime end = occurrence.end().withZoneSameInstant(event.start().getZone());
    String organizers = event.organizerIds().stream().map(organizations)
        .map(o -> "<a href=\"/" + language.code() + "/" + Html.escape(o.slug()) + "/\">" + Html.escape(o.name(language)) + "</a>")
        .collect(Collectors.joining(", "));
    String endText = start.toLocalDate().equals(end.toLocalDate()) ? time(end) : date(end, language) + ", " + time(end);
    return Item.builder()
        .title(heading(event, language))
        .shortStory(event.text(language).description())
        .fullStory(event.text(language).description())
        .date(start.toInstant())
        .value("event-id", Long.toString(event.id()))
        .value("event-link", Html.escape(event.path(language)))
        .value("full-link", Html.escape(event.path(language)))
        .value("event-date", Html.escape(date(start, language)))
        .value("event-time", time(start))
        .value("event-end", Html.escape(endText))
        .value("event-datetime", start.toOffsetDateTime().toString())
        .value("event-zone", Html.escape(start.getZone().getId()))
        .value("event-kind", Html.escape(messages.get(language, "event_kind_" + event.kind().code())))
        .value("event-place", Html.escape(event.venue().line()))
        .value("event-online-link", Html.escape(event.onlineUrl()))
        .value("event-organizers", organizers)
        .value("event-description", event.text(language).description())
        .value("event-ics", Html.escape(event.path(language)) + ".ics")
        .value("event-register-link", Html.escape(event.path(language)) + "/register")
        .block("event-recurring", event.recurring())
        .block("event-online", !event.onlineUrl().isEmpty())
        .block("event-place", !event.venue().line().isEmpty())
        .block("event-organizers", !event.organizerIds().isEmpty())
        .block("event-description", !event.text(language).description().isBlank())
        .block("event-cancelled", event.cancelled())
        .block("sample", event.sample());
  }

  /** The occurrences as a list of dates, for a series. */
  String occurrences(List<Occurrence> next, Language language) {
    var out = new StringBuilder();
    for (Occurrence occurrence : next) {
      ZonedDateTime start = occurrence.start().withZoneSameInstant(occurrence.event().start().getZone());
      out.append("<li><time datetime=\"").append(start.toOffsetDateTime()).append("\">")
          .append(Html.escape(date(start, language))).append(", ").append(time(start)).append("</time></li>");
    }
    return out.toString();
  }

  /** schema.org {@code Event} as JSON-LD, for the next (or the only) occurrence. */
  String jsonLd(Occurrence occurrence, Language language, String publicUrl) {
    Event event = occurrence.event();
    var json = new LinkedHashMap<String, Object>();
    json.put("@context", "https://schema.org");
    json.put("@type", "Event");
    json.put("name", event.title(language));
    json.put("startDate", occurrence.start().withZoneSameInstant(event.start().getZone()).toOffsetDateTime().toString());
    json.put("endDate", occurrence.end().withZoneSameInstant(event.start().getZone()).toOffsetDateTime().toString());
    json.put("eventStatus", event.cancelled() ? "https://schema.org/EventCancelled" : "https://schema.org/EventScheduled");
    boolean online = !event.onlineUrl().isEmpty();
    boolean offline = !event.venue().line().isEmpty();
    json.put("eventAttendanceMode", online && offline ? "https://schema.org/MixedEventAttendanceMode"
        : online ? "https://schema.org/OnlineEventAttendanceMode" : "https://schema.org/OfflineEventAttendanceMode");
    List<Object> locations = new ArrayList<>();
    if (offline) {
      var address = new LinkedHashMap<String, Object>();
      address.put("@type", "PostalAddress");
      if (!event.venue().address().isEmpty()) {
        address.put("streetAddress", event.venue().address());
      }
      address.put("addressLocality", event.venue().city());
      address.put("addressCountry", event.venue().country());
      var place = new LinkedHashMap<String, Object>();
      place.put("@type", "Place");
      place.put("name", event.venue().name().isEmpty() ? event.venue().city() : event.venue().name());
      place.put("address", address);
      if (event.venue().located()) {
        place.put("geo", Map.of("@type", "GeoCoordinates", "latitude", event.venue().latitude(),
            "longitude", event.venue().longitude()));
      }
      locations.add(place);
    }
    if (online) {
      locations.add(Map.of("@type", "VirtualLocation", "url", event.onlineUrl()));
    }
    if (!locations.isEmpty()) {
      json.put("location", locations.size() == 1 ? locations.get(0) : locations);
    }
    json.put("organizer", event.organizerIds().stream().map(organizations).map(o -> Map.of("@type", "Organization",
        "name", o.name(language), "url", publicUrl + "/" + language.code() + "/" + o.slug() + "/")).toList());
    String description = org.jsoup.Jsoup.parse(event.text(language).description()).text();
    if (!description.isEmpty()) {
      json.put("description", description);
    }
    json.put("url", publicUrl + event.path(language));
    json.put("inLanguage", language.code());
    try {
      return "<script type=\"application/ld+json\">" + Json.MAPPER.writeValueAsString(json).replace("</", "<\\/")
          + "</script>\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
