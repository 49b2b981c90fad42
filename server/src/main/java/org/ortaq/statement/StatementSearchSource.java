package org.ortaq.statement;

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
 * Published statements as search documents, one per language they are written in, with the
 * signatories' names in the body. A document's id packs the statement's id and the language
 * ({@code statement id × 8 + language}), as events do.
 */
public final class StatementSearchSource implements SearchSource {
  private static final int SLOTS = 8;

  private final StatementService statements;
  private final OrganizationService organizations;

  public StatementSearchSource(StatementService statements, OrganizationService organizations) {
    this.statements = statements;
    this.organizations = organizations;
  }

  @Override
  public String kind() {
    return "statement";
  }

  @Override
  public List<Long> affected(long statementId) {
    var ids = new ArrayList<Long>();
    for (Language language : Language.values()) {
      ids.add(statementId * SLOTS + language.ordinal());
    }
    return ids;
  }

  @Override
  public Optional<SearchDocument> find(long documentId) {
    Language language = Language.values()[(int) (documentId % SLOTS) % Language.values().length];
    return statements.find(documentId / SLOTS)
        .filter(Statement::published)
        .filter(statement -> statement.texts().containsKey(language))
        .map(statement -> document(statement, language));
  }

  @Override
  public void all(Consumer<SearchDocument> sink) {
    for (Statement statement : statements.all()) {
      if (statement.published()) {
        for (Language language : statement.texts().keySet()) {
          sink.accept(document(statement, language));
        }
      }
    }
  }

  private SearchDocument document(Statement statement, Language language) {
    Organization author = organizations.require(statement.authorId());
    Statement.Text text = statement.texts().get(language);
    var body = new StringBuilder(Jsoup.parse(text.body()).text());
    statement.signed().forEach(s -> body.append(' ').append(organizations.require(s.organizationId()).name(language)));
    return new SearchDocument(kind(), statement.id() * SLOTS + language.ordinal(), statement.id(), language, author.slug(),
        author.name(language), List.of(), text.title(), body.toString().strip(), statement.path(language),
        statement.publishedAt().orElse(statement.updatedAt()));
  }
}
