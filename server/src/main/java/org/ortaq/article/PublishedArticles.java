package org.ortaq.article;

import java.util.List;
import java.util.Optional;
import org.ortaq.store.Database;
import org.ortaq.text.Language;

/** What readers see: published articles, by listing, by URL, with translations and related news. */
public final class PublishedArticles {
  private final Database database;
  private final ArticleStore store;
  private final ArticleListings listings = new ArticleListings();
  private final CategoryStore categories;

  public PublishedArticles(Database database, ArticleStore store, CategoryStore categories) {
    this.database = database;
    this.store = store;
    this.categories = categories;
  }

  /** One page (1-based) of a listing; the total is counted only up to ten pages past this one. */
  public ArticlePage page(Listing listing, int page, int perPage) {
    int number = Math.max(1, page);
    long cap = (long) (number + ArticlePage.PAGES_AHEAD) * perPage + 1;
    return database.read(handle -> {
      long counted = listings.count(handle, listing, cap);
      return new ArticlePage(listings.page(handle, listing, (number - 1) * perPage, perPage),
          Math.min(counted, cap - 1), number, perPage, counted == cap);
    });
  }

  /** Articles for the API, in the given statuses; the caller checks who may see which. */
  public ArticlePage search(long organizationId, String language, List<ArticleStatus> statuses, int page, int perPage) {
    List<String> codes = statuses.stream().map(ArticleStatus::code).toList();
    return database.read(handle -> new ArticlePage(
        listings.search(handle, organizationId, language, codes, (page - 1) * perPage, perPage),
        listings.searchCount(handle, organizationId, language, codes), page, perPage));
  }

  /** Where a story is shared. */
  public Sharing sharing(long groupId) {
    return database.read(handle -> new Sharing(store.frontPage(handle, groupId), store.sharedWith(handle, groupId)));
  }

  /** The desk's list of the given organizations' articles, newest change first. */
  public List<Article> desk(List<Long> organizations, Optional<ArticleStatus> status, String title, int page, int perPage) {
    return database.read(handle -> listings.desk(handle, organizations, status.map(ArticleStatus::code).orElse(""),
        title == null ? "" : title.strip(), (Math.max(1, page) - 1) * perPage, perPage));
  }

  /** Any article by id, whatever its status (the desk checks who may see it). */
  public Optional<Article> any(long id) {
    return database.read(handle -> store.find(handle, id));
  }

  /** Every version of a story, in any status. */
  public List<Article> versions(long groupId) {
    return database.read(handle -> store.versions(handle, groupId));
  }

  public Optional<Article> find(Language language, String slug) {
    return database.read(handle -> store.findPublished(handle, language, slug));
  }

  /** Every published version of {@code article}'s story, itself included. */
  public List<Article> translations(Article article) {
    return database.read(handle -> listings.translations(handle, article.groupId()));
  }

  public List<Article> related(Article article, int limit) {
    return database.read(handle -> listings.related(handle, article, limit));
  }

  /** A batch of published articles of every language after {@code afterId}, for the sitemap. */
  public List<Article> allPublished(long afterId, int limit) {
    return database.read(handle -> listings.allPublished(handle, afterId, limit));
  }

  public long countPublished() {
    return database.read(listings::countPublished);
  }

  /** One page of published articles by id with every published version of their stories. */
  public java.util.Map<Article, List<Article>> sitemapPage(int offset, int limit) {
    return database.read(handle -> {
      List<Article> page = listings.publishedPage(handle, offset, limit);
      var stories = listings.storiesOf(handle, page);
      var result = new java.util.LinkedHashMap<Article, List<Article>>();
      page.forEach(article -> result.put(article, stories.getOrDefault(article.groupId(), List.of(article))));
      return result;
    });
  }

  public List<Category> categories() {
    return database.read(categories::all);
  }

  public Optional<Category> category(String slug) {
    return categories().stream().filter(c -> c.slug().equals(slug)).findFirst();
  }

  /** The key a tag is looked up by in {@code language}. */
  public static String tagKey(String tag, Language language) {
    return Tags.key(tag, language);
  }
}
