package org.ortaq.article;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ortaq.error.NotFound;
import org.ortaq.feed.Alternate;
import org.ortaq.feed.FeedChannel;
import org.ortaq.feed.FeedEntry;
import org.ortaq.feed.FeedWriter;
import org.ortaq.feed.RobotsTxt;
import org.ortaq.feed.SitemapReference;
import org.ortaq.feed.SitemapUrl;
import org.ortaq.feed.SitemapWriter;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.text.Language;
import org.ortaq.web.Messages;
import org.ortaq.web.PageResponder;
import org.ortaq.web.Routes;

/** Feeds (RSS, Atom, JSON Feed) per language and organization, the sitemap and robots.txt. */
public final class ArticleFeeds implements Routes {
  private static final int ENTRIES = 30;

  private final PublishedArticles articles;
  private final OrganizationService organizations;
  private final PageResponder responder;
  private final Messages messages;
  private final Supplier<String> siteUrl;
  private final FeedWriter writer = new FeedWriter();
  private final SitemapWriter sitemaps = new SitemapWriter();
  private final OrganizationEntries organizationEntries;

  /**
   * What other features add to an organization's feed (the joint statements it signed), newest
   * first, at most {@code limit}, with absolute URLs under {@code siteUrl}.
   */
  @FunctionalInterface
  public interface OrganizationEntries {
    List<FeedEntry> of(Language language, Organization organization, String siteUrl, int limit);
  }

  public ArticleFeeds(PublishedArticles articles, OrganizationService organizations, PageResponder responder,
      Messages messages, Supplier<String> siteUrl) {
    this(articles, organizations, responder, messages, siteUrl, (language, organization, site, limit) -> List.of());
  }

  public ArticleFeeds(PublishedArticles articles, OrganizationService organizations, PageResponder responder,
      Messages messages, Supplier<String> siteUrl, OrganizationEntries organizationEntries) {
    this.organizationEntries = organizationEntries;
    this.articles = articles;
    this.organizations = organizations;
    this.responder = responder;
    this.messages = messages;
    this.siteUrl = siteUrl;
  }

  @Override
  public void mount(RoutesConfig routes) {
    for (String format : List.of("rss", "atom", "json")) {
      Routes.page(routes, "/{lang}/feed." + format, ctx -> front(ctx, format));
      Routes.page(routes, "/{lang}/{organization}/feed." + format, ctx -> organization(ctx, format));
    }
    Routes.page(routes, "/sitemap.xml", this::sitemap);
    Routes.page(routes, "/sitemap-{number}.xml", this::sitemapPart);
    Routes.page(routes, "/robots.txt",
        ctx -> responder.serve(ctx, RobotsTxt.CONTENT_TYPE, Set.of(), () -> RobotsTxt.render(siteUrl.get())));
  }

  private void front(Context ctx, String format) {
    Language language = language(ctx);
    String title = messages.get(language, "site_name") + " — " + messages.get(language, "site_tagline");
    feed(ctx, format, new Listing.Front(language), title, "/" + language.code() + "/",
        "/" + language.code() + "/feed." + format, Set.of("front:" + language.code()), site -> List.of());
  }

  private void organization(Context ctx, String format) {
    Language language = language(ctx);
    Organization organization = organizations.findBySlug(ctx.pathParam("organization"))
        .orElseThrow(() -> new NotFound("organization " + ctx.pathParam("organization")));
    String base = "/" + language.code() + "/" + organization.slug() + "/";
    feed(ctx, format, new Listing.OfOrganization(language, organization.id()),
        organization.name(language) + " — " + messages.get(language, "site_name"), base, base + "feed." + format,
        Set.of("organization:" + organization.id()),
        site -> organizationEntries.of(language, organization, site, ENTRIES));
  }

  private void feed(Context ctx, String format, Listing listing, String title, String sitePath, String feedPath,
      Set<String> dependencies, Function<String, List<FeedEntry>> more) {
    String contentType = switch (format) {
      case "rss" -> FeedWriter.RSS_CONTENT_TYPE;
      case "atom" -> FeedWriter.ATOM_CONTENT_TYPE;
      default -> FeedWriter.JSON_FEED_CONTENT_TYPE;
    };
    responder.serve(ctx, contentType, dependencies, () -> {
      String site = siteUrl.get();
      List<FeedEntry> entries = newest(articleEntries(listing, site), more.apply(site));
      Instant updated = entries.stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
      var channel = new FeedChannel(title, messages.get(listing.language(), "site_tagline"), site + sitePath,
          site + feedPath, listing.language(), updated);
      return switch (format) {
        case "rss" -> writer.rss(channel, entries);
        case "atom" -> writer.atom(channel, entries);
        default -> writer.jsonFeed(channel, entries);
      };
    });
  }

  private List<FeedEntry> articleEntries(Listing listing, String site) {
    List<Article> items = articles.page(listing, 1, ENTRIES).items();
    List<FeedEntry> entries = new ArrayList<>();
    Map<Long, Category> categories = new java.util.HashMap<>();
    articles.categories().forEach(category -> categories.put(category.id(), category));
    for (Article article : items) {
      String url = site + article.path();
      List<String> labels = new ArrayList<>();
      article.categoryIds().forEach(id -> { if (categories.containsKey(id)) { labels.add(categories.get(id).name(article.language())); } });
      labels.addAll(article.tags());
      String image = article.mainImage().isEmpty() ? "" : article.mainImage().startsWith("/") ? site + article.mainImage() : article.mainImage();
      entries.add(new FeedEntry(url, article.title(), url, article.shortStory(), article.fullStory(),
          article.publishedAt(), article.updatedAt(), organizations.require(article.organizationId()).name(article.language()),
          labels, image));
    }
    return entries;
  }

  /** The articles and the other entries together, newest publication first, at most {@link #ENTRIES}. */
  private static List<FeedEntry> newest(List<FeedEntry> articles, List<FeedEntry> others) {
    if (others.isEmpty()) {
      return articles;
    }
    var all = new ArrayList<>(articles);
    all.addAll(others);
    all.sort(Comparator.comparing(FeedEntry::published).reversed());
    return List.copyOf(all.subList(0, Math.min(ENTRIES, all.size())));
  }

  private void sitemap(Context ctx) {
    responder.serve(ctx, SitemapWriter.CONTENT_TYPE, Set.of("sitemap"), () -> {
      long total = articles.countPublished();
      if (total <= SitemapWriter.MAX_URLS - 100) {
        return sitemaps.sitemap(urls(0, SitemapWriter.MAX_URLS - 100, true));
      }
      var parts = new ArrayList<SitemapReference>();
      for (int n = 1; (long) (n - 1) * SitemapWriter.MAX_URLS < total; n++) {
        parts.add(new SitemapReference(siteUrl.get() + "/sitemap-" + n + ".xml", Instant.now()));
      }
      return sitemaps.sitemapIndex(parts);
    });
  }

  private void sitemapPart(Context ctx) {
    int number;
    try {
      number = Integer.parseInt(ctx.pathParam("number"));
    } catch (NumberFormatException e) {
      throw new NotFound("sitemap " + ctx.pathParam("number"));
    }
    if (number < 1 || (long) (number - 1) * SitemapWriter.MAX_URLS >= Math.max(1, articles.countPublished())) {
      throw new NotFound("sitemap " + number);
    }
    responder.serve(ctx, SitemapWriter.CONTENT_TYPE, Set.of("sitemap"),
        () -> sitemaps.sitemap(urls((number - 1) * SitemapWriter.MAX_URLS, SitemapWriter.MAX_URLS, number == 1)));
  }

  /** Sitemap entries for a page of articles; the first part also lists the front pages. */
  private List<SitemapUrl> urls(int offset, int limit, boolean withFrontPages) {
    String site = siteUrl.get();
    var urls = new ArrayList<SitemapUrl>();
    if (withFrontPages) {
      List<Alternate> fronts = Language.all().stream().map(l -> new Alternate(l.code(), site + "/" + l.code() + "/")).toList();
      for (Language language : Language.all()) {
        urls.add(new SitemapUrl(site + "/" + language.code() + "/", Instant.now(), fronts));
      }
    }
    articles.sitemapPage(offset, withFrontPages ? limit - 4 : limit).forEach((article, story) -> {
      List<Alternate> alternates = story.size() < 2 ? List.of()
          : story.stream().map(version -> new Alternate(version.language().code(), site + version.path())).toList();
      urls.add(new SitemapUrl(site + article.path(), article.updatedAt(), alternates));
    });
    return urls;
  }

  private static Language language(Context ctx) {
    return Language.of(ctx.pathParam("lang")).orElseThrow(() -> new NotFound("language"));
  }
}
