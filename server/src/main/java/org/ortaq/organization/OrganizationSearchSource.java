package org.ortaq.organization;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.ortaq.search.SearchDocument;
import org.ortaq.search.SearchSource;
import org.ortaq.store.Database;
import org.ortaq.text.Language;

/**
 * Organizations as search documents, one per language they are named in: the name, the
 * description, city and country, dated when the organization joined. A document's id packs the
 * organization's id and the language ({@code organization id × 8 + language}), as events do.
 */
public final class OrganizationSearchSource implements SearchSource {
  private static final int SLOTS = 8;

  private final Database database;
  private final OrganizationStore store;
  private final OrganizationService organizations;

  public OrganizationSearchSource(Database database, OrganizationStore store, OrganizationService organizations) {
    this.database = database;
    this.store = store;
    this.organizations = organizations;
  }

  @Override
  public String kind() {
    return "organization";
  }

  @Override
  public List<Long> affected(long organizationId) {
    var ids = new ArrayList<Long>();
    for (Language language : Language.values()) {
      ids.add(organizationId * SLOTS + language.ordinal());
    }
    return ids;
  }

  @Override
  public Optional<SearchDocument> find(long documentId) {
    Language language = Language.values()[(int) (documentId % SLOTS) % Language.values().length];
    return organizations.find(documentId / SLOTS)
        .filter(organization -> organization.texts().containsKey(language))
        .map(organization -> document(organization, language));
  }

  @Override
  public void all(Consumer<SearchDocument> sink) {
    for (Organization organization : organizations.all()) {
      for (Language language : organization.texts().keySet()) {
        sink.accept(document(organization, language));
      }
    }
  }

  private SearchDocument document(Organization organization, Language language) {
    OrganizationText text = organization.texts().get(language);
    String body = String.join(" ", Jsoup.parse(text.description()).text(), organization.city(), organization.country());
    Instant joined = database.read(handle -> store.joinedAt(handle, organization.id())).orElse(Instant.EPOCH);
    return new SearchDocument(kind(), organization.id() * SLOTS + language.ordinal(), organization.id(), language, organization.slug(),
        text.name(), List.of(), text.name(), body.strip(), "/" + language.code() + "/" + organization.slug() + "/", joined);
  }
}
