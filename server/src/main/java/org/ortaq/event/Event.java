package org.ortaq.event;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.ortaq.text.Language;

/**
 * A forum, conference or other gathering of the network; {@code rrule} is an RFC 5545 recurrence
 * rule or blank, {@code capacity} 0 means no limit; a {@code cancelled} event keeps its page.
 */
public record Event(
    long id,
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
    List<Long> articleIds,
    boolean cancelled) {

  public Event {
    texts = Map.copyOf(texts);
    organizerIds = List.copyOf(organizerIds);
    articleIds = List.copyOf(articleIds);
  }

  /** The text in {@code language}, else English, else any. */
  public EventText text(Language language) {
    EventText text = texts.getOrDefault(language, texts.get(Language.EN));
    return text != null ? text : texts.values().iterator().next();
  }

  public String title(Language language) {
    return text(language).title();
  }

  public String venueName() {
    return venue.name();
  }

  public String city() {
    return venue.city();
  }

  public String country() {
    return venue.country();
  }

  public boolean recurring() {
    return !rrule.isBlank();
  }

  public Duration duration() {
    return Duration.between(start, end);
  }

  public String path(Language language) {
    return "/" + language.code() + "/events/" + slug;
  }

  public List<Language> languages() {
    return texts.keySet().stream().sorted().toList();
  }
}
