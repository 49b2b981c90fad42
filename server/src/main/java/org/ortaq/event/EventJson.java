package org.ortaq.event;

import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.ortaq.organization.Organization;
import org.ortaq.text.Language;
import org.ortaq.web.OpenApi;

/** Events and registrations as JSON, and their schemas for the OpenAPI document. */
final class EventJson {
  private static final Map<String, Object> TEXTS = Map.of("type", "object",
      "description", "language code (az, tr, en, ru) → text", "additionalProperties", Map.of("type", "string"));
  private static final Map<String, Object> STRING = Map.of("type", "string");
  private static final Map<String, Object> STRINGS = Map.of("type", "array", "items", STRING);

  private EventJson() {}

  static Map<String, Object> of(Event event, Function<Long, Organization> organizations, List<Occurrence> next,
      long confirmed) {
    var titles = new LinkedHashMap<String, String>();
    var descriptions = new LinkedHashMap<String, String>();
    event.languages().forEach(language -> {
      titles.put(language.code(), event.texts().get(language).title());
      descriptions.put(language.code(), event.texts().get(language).description());
    });
    var json = new LinkedHashMap<String, Object>();
    json.put("id", event.id());
    json.put("slug", event.slug());
    json.put("kind", event.kind().code());
    json.put("titles", titles);
    json.put("descriptions", descriptions);
    json.put("organizers", event.organizerIds().stream().map(id -> organizations.apply(id).slug()).toList());
    json.put("start", event.start().toOffsetDateTime().toString());
    json.put("end", event.end().toOffsetDateTime().toString());
    json.put("time_zone", event.start().getZone().getId());
    var venue = new LinkedHashMap<String, Object>();
    venue.put("name", event.venue().name());
    venue.put("city", event.venue().city());
    venue.put("country", event.venue().country());
    venue.put("address", event.venue().address());
    if (event.venue().located()) {
      venue.put("latitude", event.venue().latitude());
      venue.put("longitude", event.venue().longitude());
    }
    json.put("venue", venue);
    json.put("online_url", event.onlineUrl());
    json.put("rrule", event.rrule());
    json.put("status", event.cancelled() ? "cancelled" : "scheduled");
    json.put("capacity", event.capacity());
    json.put("registered", confirmed);
    json.put("articles", event.articleIds());
    json.put("next_occurrences", next.stream()
        .map(o -> o.start().withZoneSameInstant(event.start().getZone()).toOffsetDateTime().toString()).toList());
    json.put("sample", event.sample());
    json.put("url", event.path(event.languages().isEmpty() ? Language.AZ : event.languages().get(0)));
    json.put("ics", event.path(event.languages().isEmpty() ? Language.AZ : event.languages().get(0)) + ".ics");
    return json;
  }

  static Map<String, Object> of(Registration registration) {
    var json = new LinkedHashMap<String, Object>();
    json.put("id", registration.id());
    json.put("name", registration.name());
    json.put("email", registration.email());
    json.put("organization", registration.organization());
    json.put("status", registration.status());
    json.put("registered_at", registration.createdAt().atOffset(ZoneOffset.UTC).toString());
    return json;
  }

  static void schemas(OpenApi openApi) {
    openApi.schema("Event", Map.of("type", "object", "properties", Map.ofEntries(
        Map.entry("id", Map.of("type", "integer")), Map.entry("slug", STRING),
        Map.entry("kind", Map.of("type", "string", "enum", List.of("forum", "conference", "exhibition", "meeting", "online", "signing"))),
        Map.entry("titles", TEXTS), Map.entry("descriptions", TEXTS), Map.entry("organizers", STRINGS),
        Map.entry("start", Map.of("type", "string", "format", "date-time")),
        Map.entry("end", Map.of("type", "string", "format", "date-time")), Map.entry("time_zone", STRING),
        Map.entry("venue", Map.of("type", "object")), Map.entry("online_url", STRING),
        Map.entry("rrule", Map.of("type", "string", "description", "RFC 5545 RRULE, empty for a single event")),
        Map.entry("status", Map.of("type", "string", "enum", List.of("scheduled", "cancelled"))),
        Map.entry("capacity", Map.of("type", "integer", "description", "0: no limit")),
        Map.entry("registered", Map.of("type", "integer")),
        Map.entry("articles", Map.of("type", "array", "items", Map.of("type", "integer"))),
        Map.entry("next_occurrences", STRINGS), Map.entry("sample", Map.of("type", "boolean")),
        Map.entry("url", STRING), Map.entry("ics", STRING))));
    openApi.schema("EventInput", Map.of("type", "object", "additionalProperties", false, "properties", Map.ofEntries(
        Map.entry("slug", STRING), Map.entry("kind", STRING), Map.entry("organizers", STRINGS),
        Map.entry("titles", TEXTS), Map.entry("descriptions", TEXTS),
        Map.entry("start", Map.of("type", "string", "description", "local date-time, e.g. 2026-06-15T10:00")),
        Map.entry("end", STRING), Map.entry("time_zone", STRING),
        Map.entry("venue", Map.of("type", "object", "properties", Map.of("name", STRING, "city", STRING,
            "country", STRING, "address", STRING, "latitude", Map.of("type", "number"), "longitude", Map.of("type", "number")))),
        Map.entry("online_url", STRING), Map.entry("rrule", STRING), Map.entry("capacity", Map.of("type", "integer")),
        Map.entry("articles", Map.of("type", "array", "items", Map.of("type", "integer"))))));
    openApi.schema("EventList", Map.of("type", "object", "properties",
        Map.of("items", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Event")))));
    openApi.schema("Registration", Map.of("type", "object", "properties", Map.of("id", Map.of("type", "integer"),
        "name", STRING, "email", STRING, "organization", STRING,
        "status", Map.of("type", "string", "enum", List.of("confirmed", "waiting")), "registered_at", STRING)));
    openApi.schema("RegistrationInput", Map.of("type", "object", "additionalProperties", false,
        "required", List.of("name", "email"), "properties", Map.of("name", STRING, "email", STRING, "organization", STRING)));
    openApi.schema("RegistrationList", Map.of("type", "object", "properties",
        Map.of("items", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Registration")))));
  }
}
