package org.ortaq.article;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.ortaq.organization.Organization;
import org.ortaq.template.Item;
import org.ortaq.template.PageContext;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.theme.PageModel;
import org.ortaq.theme.PageRenderer;
import org.ortaq.web.NotFound;
import org.ortaq.web.Routes;

/** Public article pages: the joint front page per language and the article page. */
public final class ArticlePages implements Routes {
  private static final int PER_PAGE = 10;

  private final ArticleService articles;
  private final Function<Long, Organization> organizations;
  private final PageRenderer renderer;

  /**
   * @param organizations finds an organization by id (the directory's service)
   */
  public ArticlePages(
      ArticleService articles, Function<Long, Organization> organizations, PageRenderer renderer) {
    this.articles = articles;
    this.organizations = organizations;
    this.renderer = renderer;
  }

  @Override
  public void mount(RoutesConfig routes) {
    routes.get("/{lang}/", this::frontPage);
    routes.get("/{lang}", ctx -> ctx.redirect("/" + language(ctx).code() + "/"));
    routes.get("/{lang}/news/{year}/{month}/{slug}", this::article);
  }

  private void frontPage(Context ctx) {
    Language language = language(ctx);
    int page = pageNumber(ctx);
    ArticlePage list = articles.frontPage(language, page, PER_PAGE);
    if (page > list.pages()) {
      throw new NotFound("page " + page);
    }
    PageContext context = renderer.context(language, "main").pageNumber(page).build();
    var content = new StringBuilder(8192);
    if (list.items().isEmpty()) {
      content
          .append("<p class=\"message\">")
          .append(Html.escape(renderer.messages().get(language, "no_articles")))
          .append("</p>");
    }
    for (Article article : list.items()) {
      renderer.renderItem("shortstory.tpl", context, item(article), content);
    }
    String title = page > 1 ? renderer.messages().get(language, "page") + " " + page : "";
    List<PageModel.Alternate> alternates =
        Language.all().stream().map(l -> new PageModel.Alternate(l, "/" + l.code() + "/")).toList();
    ctx.html(
        renderer.renderPage(
            new PageModel(language, "main", title, "", "/" + language.code() + "/", alternates,
                content.toString(), pagination(language, list), "", "")));
  }

  private void article(Context ctx) {
    Language language = language(ctx);
    Article article =
        articles
            .find(language, ctx.pathParam("slug"))
            .filter(found -> found.path().equals(ctx.path()))
            .orElseThrow(() -> new NotFound("article " + ctx.path()));
    List<Article> versions = articles.translations(article);
    var links = new ArrayList<String>();
    var alternates = new ArrayList<PageModel.Alternate>();
    for (Article version : versions) {
      alternates.add(new PageModel.Alternate(version.language(), version.path()));
      if (version.id() != article.id()) {
        links.add(
            "<a href=\"" + Html.escape(version.path()) + "\" hreflang=\"" + version.language().code()
                + "\" lang=\"" + version.language().code() + "\">"
                + Html.escape(version.language().nativeName()) + "</a>");
      }
    }
    PageContext context = renderer.context(language, "showfull").build();
    var content = new StringBuilder(16_384);
    Item item =
        itemBuilder(article)
            .value("translations", String.join(" ", links))
            .block("translations", !links.isEmpty())
            .build();
    renderer.renderItem("fullstory.tpl", context, item, content);
    ctx.html(
        renderer.renderPage(
            new PageModel(language, "showfull", article.title(), "", article.path(), alternates,
                content.toString(), "", "", "")));
  }

  private Item item(Article article) {
    return itemBuilder(article).build();
  }

  private Item.Builder itemBuilder(Article article) {
    Organization organization = organizations.apply(article.organizationId());
    return Item.builder()
        .title(article.title())
        .shortStory(article.shortStory())
        .fullStory(article.fullStory())
        .date(article.publishedAt())
        .value("news-id", Long.toString(article.id()))
        .value("full-link", Html.escape(article.path()))
        .value("organization", Html.escape(organization.name(article.language())))
        .value("author", Html.escape(article.author()))
        .value("views", Long.toString(article.views()))
        .block("sample", organization.sample());
  }

  private String pagination(Language language, ArticlePage list) {
    if (list.pages() <= 1) {
      return "";
    }
    var out = new StringBuilder("<nav class=\"pagination\">");
    int first = Math.max(1, list.page() - 3);
    int last = Math.min(list.pages(), list.page() + 3);
    if (list.page() > 1) {
      link(out, language, list.page() - 1, "← " + renderer.messages().get(language, "prev_page"));
    }
    if (first > 1) {
      link(out, language, 1, "1");
      if (first > 2) {
        out.append("<span class=\"gap\">…</span>");
      }
    }
    for (int n = first; n <= last; n++) {
      if (n == list.page()) {
        out.append("<span class=\"current\" aria-current=\"page\">").append(n).append("</span>");
      } else {
        link(out, language, n, Integer.toString(n));
      }
    }
    if (last < list.pages()) {
      if (last < list.pages() - 1) {
        out.append("<span class=\"gap\">…</span>");
      }
      link(out, language, list.pages(), Integer.toString(list.pages()));
    }
    if (list.page() < list.pages()) {
      link(out, language, list.page() + 1, renderer.messages().get(language, "next_page") + " →");
    }
    return out.append("</nav>").toString();
  }

  private static void link(StringBuilder out, Language language, int page, String label) {
    out.append("<a href=\"/").append(language.code()).append('/')
        .append(page == 1 ? "" : "?page=" + page).append("\">")
        .append(Html.escape(label)).append("</a>");
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
      if (page < 1) {
        throw new NotFound("page " + value);
      }
      return page;
    } catch (NumberFormatException e) {
      throw new NotFound("page " + value);
    }
  }
}
