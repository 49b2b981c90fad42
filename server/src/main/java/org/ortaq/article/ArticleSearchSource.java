package org.ortaq.article;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.search.SearchDocument;
import org.ortaq.search.SearchSource;
import org.ortaq.store.Database;

/** Published articles as search documents: title, the full story as text, categories, date. */
public final class ArticleSearchSource implements SearchSource {
  private static final int BATCH = 2_000;

  private final Database database;
  private final ArticleStore store;
  private final ArticleListings listings = new ArticleListings();
  private final CategoryStore categories;
  private final OrganizationService organizations;

  public ArticleSearchSource(Database database, ArticleStore store, CategoryStore categories,
      OrganizationService organizations) {
    this.database = database;
    this.store = store;
    this.categories = categories;
    this.organizations = organizations;
  }

  @Override
  public String kind() {
    return "article";
  }

  @Override
  public List<Long> affected(long id) {
    return List.of(id);
  }

  @Override
  public Optional<SearchDocument> find(long id) {
    return database.read(handle -> store.find(handle, id))
        .filter(Article::isPublished)
        .map(article -> document(article, categorySlugs()));
  }

  @Override
  public void all(Consumer<SearchDocument> sink) {
    Map<Long, String> slugs = categorySlugs();
    long after = 0;
    while (true) {
      long from = after;
      List<Article> batch = database.read(handle ->
          ArticleStore.withLists(handle, listings.allPublished(handle, from, BATCH)));
      if (batch.isEmpty()) {
        return;
      }
      batch.forEach(article -> sink.accept(document(article, slugs)));
      after = batch.get(batch.size() - 1).id();
    }
  }

  private Map<Long, String> categorySlugs() {
    return database.read(categories::all).stream().collect(Collectors.toMap(Category::id, Category::slug));
  }

  private SearchDocument document(Article article, Map<Long, String> slugs) {
    Organization organization = organizations.require(article.organizationId());
    String body = Jsoup.parse(article.fullStory()).text();
    return new SearchDocument("article", article.id(), article.groupId(), article.language(), organization.slug(),
        organization.name(article.language()),
        article.categoryIds().stream().map(slugs::get).filter(s -> s != null).toList(),
        article.title(), body, article.path(), article.publishedAt());
  }
}
