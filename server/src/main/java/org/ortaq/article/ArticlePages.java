package org.ortaq.article;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ortaq.error.NotFound;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.template.Item;
import org.ortaq.template.PageContext;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.theme.PageContent;
import org.ortaq.theme.PageModel;
import org.ortaq.theme.PageRenderer;
import org.ortaq.web.PageResponder;
import org.ortaq.web.Routes;

/** Public news pages: front page, organization, category, tag and archive lists, and articles. */
public final class ArticlePages implements Routes {
  private static final int PER_PAGE = 10;
  private static final int RELATED = 5;

  private final PublishedArticles articles;
  private final OrganizationService organizations;
  private final PageRenderer renderer;
  private final PageResponder responder;
  private final ViewCounter views;
  private final ArticleView view;
  private final ArticleMetadataHead metadata;
  private final java.util.function.BiFunction<Language, Organization, String> organizationSections;

  public ArticlePages(PublishedArticles articles, OrganizationService organizations, PageRenderer renderer,
      PageResponder responder, ViewCounter views, ArticleMetadataHead metadata) {
    this(articles, organizations, renderer, responder, views, metadata, (language, organization) -> "");
  }

  /**
   * @param organizationSections HTML that other features add below an organization's news on its
   *     first page (its events, statements and decisions); their changes announce "organization:ID"
   */
  public ArticlePages(PublishedArticles articles, OrganizationService organizations, PageRenderer renderer,
      PageResponder responder, ViewCounter views, ArticleMetadataHead metadata,
      java.util.function.BiFunction<Language, Organization, String> organizationSections) {
    this.organizationSections = organizationSections;
    this.articles = articles;
    this.organizations = organizations;
    this.renderer = renderer;
    this.responder = responder;
    this.views = views;
    this.metadata = metadata;
    Function<Long, Organization> byId = organizations::require;
    this.view = new ArticleView(byId, renderer.messages());
  }

  @Override
  public void mount(RoutesConfig routes) {
    Routes.page(routes, "/{lang}/", this::front);
    routes.get("/{lang}", ctx -> ctx.redirect("/" + language(ctx).code() + "/"));
    Routes.page(routes, "/{lang}/news/{year}/{month}/{slug}", this::article);
    Routes.page(routes, "/{lang}/category/{slug}/", this::category);
    Routes.page(routes, "/{lang}/tags/{tag}/", this::tag);
    Routes.page(routes, "/{lang}/archive/{year}/{month}/", this::archive);
    Routes.page(routes, "/{lang}/{organization}/", this::organization);
  }

  private void front(Context ctx) {
    Language language = language(ctx);
    listPage(ctx, new Listing.Front(language), "main", "", "/" + language.code() + "/", List.of(),
        Set.of("front:" + language.code()), 0, alternates(l -> "/" + l.code() + "/"));
  }

  private void organization(Context ctx) {
    Language language = language(ctx);
    Organization organization = organizations.findBySlug(ctx.pathParam("organization"))
        .orElseThrow(() -> new NotFound("organization " + ctx.pathParam("organization")));
    String name = organization.name(language);
    String base = "/" + language.code() + "/" + organization.slug() + "/";
    listPage(ctx, renderer.forTheme(organization.theme()), new Listing.OfOrganization(language, organization.id()), "organization", name, base,
        List.<String[]>of(new String[] {name, base}), Set.of("organization:" + organization.id()),
        organization.id(), alternates(l -> "/" + l.code() + "/" + organization.slug() + "/"));
  }

  private void category(Context ctx) {
    Language language = language(ctx);
    Category category = articles.category(ctx.pathParam("slug"))
        .orElseThrow(() -> new NotFound("category " + ctx.pathParam("slug")));
    String name = category.name(language);
    listPage(ctx, new Listing.InCategory(language, category.id()), "cat", name, category.path(language) + "/",
        List.<String[]>of(new String[] {name, ""}), Set.of("category:" + category.id()), 0,
        alternates(l -> category.path(l) + "/"));
  }

  private void tag(Context ctx) {
    Language language = language(ctx);
    String tag = URLDecoder.decode(ctx.pathParam("tag"), StandardCharsets.UTF_8);
    String key = Tags.key(tag, language);
    if (key.isEmpty() || key.length() > ArticleRules.MAX_TAG) {
      throw new NotFound("tag");
    }
    listPage(ctx, new Listing.WithTag(language, key), "tags", "#" + tag, ArticleView.tagPath(language, key),
        List.<String[]>of(new String[] {"#" + tag, ""}), Set.of("tag:" + language.code() + ":" + key), 0,
        List.of(new PageModel.Alternate(language, ArticleView.tagPath(language, key))));
  }

  private void archive(Context ctx) {
    Language language = language(ctx);
    LocalDate month;
    try {
      month = LocalDate.of(Integer.parseInt(ctx.pathParam("year")), Integer.parseInt(ctx.pathParam("month")), 1);
    } catch (RuntimeException e) {
      throw new NotFound("archive");
    }
    var listing = new Listing.Archive(language, month.atStartOfDay(ZoneOffset.UTC).toInstant(),
        month.plusMonths(1).atStartOfDay(ZoneOffset.UTC).toInstant());
    String label = "%04d-%02d".formatted(month.getYear(), month.getMonthValue());
    String path = "/%s/archive/%04d/%02d/";
    listPage(ctx, listing, "date", label, path.formatted(language.code(), month.getYear(), month.getMonthValue()),
        List.<String[]>of(new String[] {label, ""}),
        Set.of("archive:" + language.code() + ":" + month.getYear() + "-" + month.getMonthValue()), 0,
        alternates(l -> path.formatted(l.code(), month.getYear(), month.getMonthValue())));
  }

  private void listPage(Context ctx, Listing listing, String module, String title, String base,
      List<String[]> crumbs, Set<String> dependencies, long pageOrganization, List<PageModel.Alternate> alternates) {
    listPage(ctx, renderer, listing, module, title, base, crumbs, dependencies, pageOrganization, alternates);
  }

  private void listPage(Context ctx, PageRenderer renderer, Listing listing, String module, String title, String base,
      List<String[]> crumbs, Set<String> dependencies, long pageOrganization, List<PageModel.Alternate> alternates) {
    Language language = listing.language();
    int page = pageNumber(ctx);
    responder.html(ctx, dependencies, () -> {
      ArticlePage list = articles.page(listing, page, PER_PAGE);
      if (page > list.pages()) {
        throw new NotFound("page " + page);
      }
      List<Integer> current = listing instanceof Listing.InCategory category
          ? List.of(Math.toIntExact(category.categoryId())) : List.of();
      PageContext context = renderer.context(language, module).pageNumber(page).categories(current).build();
      Map<Long, Category> categories = categoriesById();
      var items = new ArrayList<Item>(list.items().size());
      for (Article article : list.items()) {
        items.add(view.item(article, pageOrganization, categories).build());
      }
      String sections = pageOrganization != 0 && page == 1
          ? organizationSections.apply(language, organizations.require(pageOrganization)) : "";
      String noArticles = renderer.messages().get(language, "no_articles");
      // Written straight into the page when main.tpl reaches {content}: no buffer, no copy.
      Consumer<StringBuilder> content = out -> {
        if (!title.isEmpty()) {
          out.append("<h1 class=\"list-title\">").append(Html.escape(title)).append("</h1>");
        }
        if (items.isEmpty()) {
          out.append("<p class=\"message\">").append(Html.escape(noArticles)).append("</p>");
        }
        renderer.renderEach("shortstory.tpl", context, items, out);
        out.append(sections);
      };
      String pageTitle = page > 1 ? (title.isEmpty() ? "" : title + " — ")
          + renderer.messages().get(language, "page") + " " + page : title;
      return renderer.renderPage(new PageModel(language, module, pageTitle, "", base + (page > 1 ? "?page=" + page : ""),
          alternates, new PageContent.Writer(content), view.pagination(language, list, base),
          crumbs.isEmpty() ? "" : view.speedbar(language, crumbs), ""), current);
    });
  }

  private void article(Context ctx) {
    Language language = language(ctx);
    String path = ctx.path();
    views.countPath(path);
    // The page depends on its own path: no database lookup happens when the cache holds it.
    responder.html(ctx, Set.of("page:" + path), () -> {
      Article found = articles.find(language, ctx.pathParam("slug"))
          .filter(a -> a.path().equals(path))
          .orElseThrow(() -> new NotFound("article " + path));
      views.remember(path, found.id());
      Organization organization = organizations.require(found.organizationId());
      PageRenderer themed = renderer.forTheme(organization.theme());
      List<Article> versions = articles.translations(found);
      var links = new ArrayList<String>();
      var alternates = new ArrayList<PageModel.Alternate>();
      for (Article version : versions) {
        alternates.add(new PageModel.Alternate(version.language(), version.path()));
        if (version.id() != found.id()) {
          links.add("<a href=\"" + Html.escape(version.path()) + "\" hreflang=\"" + version.language().code()
              + "\" lang=\"" + version.language().code() + "\">" + Html.escape(version.language().nativeName()) + "</a>");
        }
      }
      Map<Long, Category> categories = categoriesById();
      PageContext context = themed.context(language, "showfull").build();
      var related = new StringBuilder();
      for (Article other : articles.related(found, RELATED)) {
        themed.renderItem("relatednews.tpl", context, view.item(other, 0, categories).build(), related);
      }
      var content = new StringBuilder(16_384);
      themed.renderItem("fullstory.tpl", context, view.item(found, 0, categories)
          .value("translations", String.join(" ", links))
          .block("translations", !links.isEmpty())
          .value("related-news", related.toString())
          .block("related-news", !related.isEmpty())
          .build(), content);
      String categoryName = found.categoryIds().isEmpty() ? "" : categories.get(found.categoryIds().get(0)).name(language);
      List<String[]> crumbs = new ArrayList<>();
      crumbs.add(new String[] {organization.name(language), "/" + language.code() + "/" + organization.slug() + "/"});
      crumbs.add(new String[] {found.title(), ""});
      return themed.renderPage(new PageModel(language, "showfull", found.title(), description(found),
          found.path(), alternates, content, "", view.speedbar(language, crumbs),
          metadata.head(found, organization, versions, categoryName)));
    });
  }

  private Map<Long, Category> categoriesById() {
    return articles.categories().stream().collect(Collectors.toMap(Category::id, c -> c));
  }

  private static String description(Article article) {
    String text = org.jsoup.Jsoup.parse(article.shortStory()).text();
    return text.length() <= 200 ? text : text.substring(0, text.lastIndexOf(' ', 200) > 0 ? text.lastIndexOf(' ', 200) : 200) + "…";
  }

  private static List<PageModel.Alternate> alternates(Function<Language, String> path) {
    return Language.all().stream().map(l -> new PageModel.Alternate(l, path.apply(l))).toList();
  }

  private static Language language(Context ctx) {
    return Language.of(ctx.pathParam("lang")).orElseThrow(() -> new NotFound("language"));
  }

  private static int pageNumber(Context ctx) {
    String value = ctx.queryParam("page");
    if (value == null) {
      return 1;
    }
    try {
      int page = Integer.parseInt(value);
      if (page < 1 || page > 1_000_000) {
        throw new NotFound("page " + value);
      }
      return page;
    } catch (NumberFormatException e) {
      throw new NotFound("page " + value);
    }
  }
}
