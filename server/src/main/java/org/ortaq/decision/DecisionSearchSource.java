package org.ortaq.decision;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jsoup.Jsoup;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.search.SearchDocument;
import org.ortaq.search.SearchSource;
import org.ortaq.text.Language;

/**
 * Decisions past draft as search documents, one per language they are written in: the title, the
 * text, the area, the register number and the action items' titles. A document's id packs the
 * decision's id and the language ({@code decision id × 8 + language}), as events do.
 */
public final class DecisionSearchSource implements SearchSource {
  private static final int SLOTS = 8;

  private final DecisionService decisions;
  private final OrganizationService organizations;

  public DecisionSearchSource(DecisionService decisions, OrganizationService organizations) {
    this.decisions = decisions;
    this.organizations = organizations;
  }

  @Override
  public String kind() {
    return "decision";
  }

  @Override
  public List<Long> affected(long decisionId) {
    var ids = new ArrayList<Long>();
    for (Language language : Language.values()) {
      ids.add(decisionId * SLOTS + language.ordinal());
    }
    return ids;
  }

  @Override
  public Optional<SearchDocument> find(long documentId) {
    Language language = Language.values()[(int) (documentId % SLOTS) % Language.values().length];
    return decisions.find(documentId / SLOTS)
        .filter(DecisionSearchSource::pastDraft)
        .filter(decision -> decision.texts().containsKey(language))
        .map(decision -> document(decision, language));
  }

  @Override
  public void all(Consumer<SearchDocument> sink) {
    for (Decision decision : decisions.all()) {
      if (pastDraft(decision)) {
        for (Language language : decision.texts().keySet()) {
          sink.accept(document(decision, language));
        }
      }
    }
  }

  /** A draft is seen by its proposer only (DecisionApi), so it never enters the index. */
  private static boolean pastDraft(Decision decision) {
    return decision.status() != DecisionStatus.DRAFT;
  }

  private SearchDocument document(Decision decision, Language language) {
    Organization proposer = organizations.require(decision.proposerId());
    Decision.Text text = decision.texts().get(language);
    var body = new StringBuilder(Jsoup.parse(text.body()).text());
    body.append(' ').append(decision.area()).append(' ').append(decision.number());
    decisions.actions(decision.id()).forEach(action -> body.append(' ').append(action.title()));
    return new SearchDocument(kind(), decision.id() * SLOTS + language.ordinal(), decision.id(), language, proposer.slug(),
        proposer.name(language), List.of(), text.title(), body.toString().strip(), decision.path(language),
        decision.createdAt());
  }
}
