package org.ortaq.event;

import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.ortaq.text.Language;

/** A forum, conference or other gathering of the network; {@code rrule} is RFC 5545 or blank. */
public record Event(
    long id,
    String slug,
    EventKind kind,
    ZonedDateTime start,
    ZonedDateTime end,
    String venueName,
    String city,
    String country,
    String rrule,
    boolean sample,
    Map<Language, EventText> texts) {

  public Event {
    texts = Map.copyOf(texts);
  }

  /** The title in {@code language}, else English, else any. */
  public String title(Language language) {
    EventText text = texts.getOrDefault(language, texts.get(Language.EN));
    return text != null ? text.title() : texts.values().iterator().next().title();
  }

  public List<Language> languages() {
    return texts.keySet().stream().sorted().toList();
  }
}
