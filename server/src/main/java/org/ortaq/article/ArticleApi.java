package org.ortaq.article;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ortaq.access.Actor;
import org.ortaq.error.Forbidden;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.text.Language;
import org.ortaq.web.Bearer;
import org.ortaq.web.Json;
import org.ortaq.web.OpenApi;
import org.ortaq.web.Paging;
import org.ortaq.web.Routes;

/** {@code /api/v1/articles} and {@code /api/v1/categories}: the newsroom as JSON. */
public final class ArticleApi implements Routes {
  private final ArticleService articles;
  private final PublishedArticles published;
  private final OrganizationService organizations;
  private final OpenApi openApi;
  private final ArticleJson json;

  public ArticleApi(ArticleService articles, PublishedArticles published, OrganizationService organizations, OpenApi openApi) {
    this.articles = articles;
    this.published = published;
    this.organizations = organizations;
    this.openApi = openApi;
    this.json = new ArticleJson(organizations, published);
    ArticleJson.schemas(openApi);
  }

  @Override
  public void mount(RoutesConfig routes) {
    String tag = "articles";
    openApi.on(routes)
        .get("/api/v1/articles", OpenApi.operation("List articles (published, or an organization's work with a token)", tag)
            .query("organization", "string", "organization slug").query("language", "string", "az, tr, en or ru")
            .query("status", "string", "draft, review, scheduled, published or archived; not published needs organization and a token")
            .query("page", "integer", "1-based page").query("per_page", "integer", "1 to 100, default 20")
            .returns(200, "a page of articles", "ArticleList"), this::list)
        .get("/api/v1/articles/{id}", OpenApi.operation("Get an article", tag)
            .returns(200, "the article", "Article").returns(404, "no such article, or not visible to you", "Problem"), this::show)
        .post("/api/v1/articles", OpenApi.operation("Create a draft (or a translation with translation_of)", tag)
            .requestBody("ArticleInput").returns(201, "created", "Article").returns(422, "invalid fields", "Problem").secured(), this::create)
        .patch("/api/v1/articles/{id}", OpenApi.operation("Change an article's content", tag)
            .requestBody("ArticleInput").returns(200, "changed", "Article").returns(422, "invalid fields", "Problem").secured(), this::update)
        .delete("/api/v1/articles/{id}", OpenApi.operation("Delete an article (editors)", tag)
            .returns(204, "deleted", "").secured(), this::delete)
        .post("/api/v1/articles/{id}/submit", OpenApi.operation("Submit a draft for review", tag)
            .returns(200, "in review", "Article").returns(409, "not a draft", "Problem").secured(), this::submit)
        .post("/api/v1/articles/{id}/publish", OpenApi.operation("Publish now, or schedule with {\"at\": ISO-8601} (editors)", tag)
            .returns(200, "published or scheduled", "Article").secured(), this::publish)
        .post("/api/v1/articles/{id}/archive", OpenApi.operation("Take a published article off the site (editors)", tag)
            .returns(200, "archived", "Article").secured(), this::archive)
        .post("/api/v1/articles/{id}/share", OpenApi.operation("Share the story to the joint front page and partner organizations (editors)", tag)
            .requestBody("ShareInput").returns(200, "the sharing now in force", "Sharing").returns(422, "unknown organization", "Problem").secured(), this::share)
        .get("/api/v1/categories", OpenApi.operation("List the platform's categories", "categories")
            .returns(200, "every category", "CategoryList"), this::categories);
  }

  private void list(Context ctx) {
    Actor actor = Bearer.actor(ctx);
    Paging paging = Paging.of(ctx);
    long organizationId = Optional.ofNullable(ctx.queryParam("organization")).map(slug -> organizations.findBySlug(slug)
        .orElseThrow(() -> new Invalid("organization", "unknown organization '" + slug + "'")).id()).orElse(0L);
    String language = Optional.ofNullable(ctx.queryParam("language")).orElse("");
    if (!language.isEmpty() && Language.of(language).isEmpty()) {
      throw new Invalid("language", "unknown language '" + language + "'");
    }
    List<ArticleStatus> statuses = statuses(ctx.queryParam("status"), actor, organizationId);
    ArticlePage page = published.search(organizationId, language, statuses, paging.page(), paging.perPage());
    Json.write(ctx, 200, paging.page(page.items().stream().map(json::of).toList(), page.total()));
  }

  private List<ArticleStatus> statuses(String requested, Actor actor, long organizationId) {
    boolean insider = organizationId != 0 && actor.seesDraftsOf(organizationId);
    if (requested == null || requested.isBlank()) {
      return insider ? Arrays.asList(ArticleStatus.values()) : List.of(ArticleStatus.PUBLISHED);
    }
    ArticleStatus status;
    try {
      status = ArticleStatus.parse(requested.strip());
    } catch (IllegalArgumentException e) {
      throw new Invalid("status", "must be draft, review, scheduled, published or archived");
    }
    if (status != ArticleStatus.PUBLISHED && !insider) {
      throw new Forbidden("unpublished articles are listed only for an organization you work for (?organization=slug with your token)");
    }
    return List.of(status);
  }

  private void show(Context ctx) {
    Json.write(ctx, 200, json.of(articles.visible(Bearer.actor(ctx), id(ctx))));
  }

  private void create(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    ArticleInput input = Json.read(ctx, ArticleInput.class);
    if (input.organization() == null || input.organization().isBlank()) {
      throw new Invalid("organization", "is required (the organization's slug)");
    }
    Organization organization = organizations.findBySlug(input.organization())
        .orElseThrow(() -> new Invalid("organization", "unknown organization '" + input.organization() + "'"));
    Article created = articles.create(actor, organization.id(), input.draft(Optional.empty()));
    ctx.header("Location", "/api/v1/articles/" + created.id());
    Json.write(ctx, 201, json.of(created));
  }

  private void update(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    Article current = articles.visible(actor, id(ctx));
    ArticleInput input = Json.read(ctx, ArticleInput.class);
    if (input.organization() != null && !input.organization().isBlank()
        && !organizations.require(current.organizationId()).slug().equals(input.organization())) {
      throw new Invalid("organization", "cannot move an article to another organization");
    }
    List<String> categories = input.categories() != null ? input.categories() : json.categorySlugs(current);
    ArticleDraft draft = input.draft(Optional.of(current));
    draft = new ArticleDraft(draft.language(), draft.title(), draft.slug(), draft.shortStory(), draft.fullStory(),
        draft.author(), draft.mainImage(), categories, draft.tags(), 0);
    Json.write(ctx, 200, json.of(articles.update(actor, current.id(), draft)));
  }

  private void delete(Context ctx) {
    articles.delete(Bearer.requireActor(ctx), id(ctx));
    ctx.status(204);
  }

  private void submit(Context ctx) {
    Json.write(ctx, 200, json.of(articles.submit(Bearer.requireActor(ctx), id(ctx))));
  }

  private void publish(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    Optional<Instant> at = Optional.empty();
    if (!ctx.body().isBlank()) {
      PublishInput input = Json.read(ctx, PublishInput.class);
      if (input.at() != null && !input.at().isBlank()) {
        try {
          at = Optional.of(Instant.parse(input.at().strip()));
        } catch (DateTimeParseException e) {
          throw new Invalid("at", "must be an ISO-8601 instant such as 2026-06-15T06:00:00Z");
        }
      }
    }
    Json.write(ctx, 200, json.of(articles.publish(actor, id(ctx), at)));
  }

  private void archive(Context ctx) {
    Json.write(ctx, 200, json.of(articles.archive(Bearer.requireActor(ctx), id(ctx))));
  }

  private void share(Context ctx) {
    Actor actor = Bearer.requireActor(ctx);
    ShareInput input = Json.read(ctx, ShareInput.class);
    Sharing sharing = articles.share(actor, id(ctx), Boolean.TRUE.equals(input.frontPage()),
        input.organizations() == null ? List.of() : input.organizations());
    Json.write(ctx, 200, json.of(sharing));
  }

  private void categories(Context ctx) {
    Json.write(ctx, 200, Map.of("items", published.categories().stream().map(ArticleJson::of).toList()));
  }

  private static long id(Context ctx) {
    String value = ctx.pathParam("id");
    if (!value.matches("\\d{1,18}")) {
      throw new NotFound("article", value);
    }
    return Long.parseLong(value);
  }

  /** The body of POST and PATCH; on PATCH absent fields keep their value. */
  record ArticleInput(String organization, String language, String title, String slug, String shortStory,
      String fullStory, String author, String mainImage, List<String> categories, List<String> tags, Long translationOf) {

    ArticleDraft draft(Optional<Article> current) {
      return new ArticleDraft(
          pick(language, current.map(a -> a.language().code())),
          pick(title, current.map(Article::title)),
          pick(slug, current.map(Article::slug)),
          pick(shortStory, current.map(Article::shortStory)),
          pick(fullStory, current.map(Article::fullStory)),
          pick(author, current.map(Article::author)),
          pick(mainImage, current.map(Article::mainImage)),
          categories,
          tags != null ? tags : current.map(Article::tags).orElse(List.of()),
          translationOf == null ? 0 : translationOf);
    }

    private static String pick(String value, Optional<String> current) {
      return value != null ? value : current.orElse("");
    }
  }

  record PublishInput(String at) {}

  record ShareInput(Boolean frontPage, List<String> organizations) {}
}
