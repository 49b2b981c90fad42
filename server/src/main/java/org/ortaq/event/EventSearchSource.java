package org.ortaq.event;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.ortaq.organization.OrganizationService;
import org.ortaq.search.SearchDocument;
import org.ortaq.search.SearchSource;
import org.ortaq.text.Language;

/**
 * Events as search documents, one per language they are written in. A document's id packs the
 * event's id and the language ({@code event id × 8 + language}), so each version has its own key.
 */
public final class EventSearchSource implements SearchSource {
  private static final int SLOTS = 8;

  private final EventService events;
  private final OrganizationService organizations;

  public EventSearchSource(EventService events, OrganizationService organizations) {
    this.events = events;
    this.organizations = organizations;
  }

  @Override
  public String kind() {
    return "event";
  }

  @Override
  public List<Long> affected(long eventId) {
    var ids = new ArrayList<Long>();
    for (Language language : Language.values()) {
      ids.add(eventId * SLOTS + language.ordinal());
    }
    return ids;
  }

  @Override
  public Optional<SearchDocument> find(long documentId) {
    Language language = Language.values()[(int) (documentId % SLOTS) % Language.values().length];
    return events.find(documentId / SLOTS)
        .filter(event -> event.texts().containsKey(language))
        .map(event -> document(event, language));
  }

  @Override
  public void all(Consumer<SearchDocument> sink) {
    for (Event event : events.all()) {
      for (Language language : event.texts().keySet()) {
        sink.accept(document(event, language));
      }
    }
  }

  private SearchDocument document(Event event, Language language) {
    String organization = "";
    String organizationName = "";
    if (!event.organizerIds().isEmpty()) {
      var organizer = organizations.require(event.organizerIds().get(0));
      organization = organizer.slug();
      organizationName = organizer.name(language);
    }
    EventText text = event.texts().get(language);
    String body = String.join(" ", text.description(), event.venueName(), event.city());
    return new SearchDocument("event", event.id() * SLOTS + language.ordinal(), event.id(), language, organization, organizationName,
        List.of(), text.title(), body.strip(), event.path(language), event.start().toInstant());
  }
}
