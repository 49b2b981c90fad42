package org.ortaq.desk;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.ortaq.access.Actor;
import org.ortaq.account.Session;
import org.ortaq.article.Article;
import org.ortaq.article.ArticleDraft;
import org.ortaq.article.ArticlePreview;
import org.ortaq.article.ArticleService;
import org.ortaq.article.ArticleStatus;
import org.ortaq.article.PublishedArticles;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.text.Language;
import org.ortaq.web.Routes;

/** The desk's newsroom: dashboard, article list, editor, the editorial actions and the preview. */
final class ArticleDesk implements Routes {
  private final ArticleService articles;
  private final PublishedArticles published;
  private final OrganizationService organizations;
  private final ArticlePreview preview;
  private final DeskPage page;
  private final ArticleForms forms;
  private final NetworkCards network;

  ArticleDesk(ArticleService articles, PublishedArticles published, OrganizationService organizations,
      ArticlePreview preview, DeskPage page, NetworkCards network) {
    this.network = network;
    this.articles = articles;
    this.published = published;
    this.organizations = organizations;
    this.preview = preview;
    this.page = page;
    this.forms = new ArticleForms(page, published, organizations);
  }

  @Override
  public void mount(RoutesConfig routes) {
    routes.get("/admin", this::dashboard);
    routes.get("/admin/articles", this::list);
    routes.get("/admin/articles/new", this::newForm);
    routes.post("/admin/articles", this::create);
    routes.get("/admin/articles/{id}", ctx -> edit(ctx, "", List.of(), Optional.empty()));
    routes.post("/admin/articles/{id}", this::save);
    routes.post("/admin/articles/{id}/submit", ctx -> act(ctx, (actor, id) -> articles.submit(actor, id)));
    routes.post("/admin/articles/{id}/publish", this::publish);
    routes.post("/admin/articles/{id}/archive", ctx -> act(ctx, (actor, id) -> articles.archive(actor, id)));
    routes.post("/admin/articles/{id}/share", this::share);
    routes.post("/admin/articles/{id}/delete", this::delete);
    routes.get("/admin/articles/{id}/preview", ctx -> ctx.html(preview.render(visible(ctx))));
  }

  private void dashboard(Context ctx) {
    Language l = DeskSession.language(ctx);
    Session session = DeskSession.session(ctx);
    List<Long> mine = forms.organizationsOf(session.actor()).stream().map(Organization::id).toList();
    var content = new StringBuilder("<h1>").append(page.t(l, "desk_dashboard")).append("</h1><div class=\"cards\">")
        .append(network.card(l, session.actor()));
    content.append(forms.card(l, "desk_my_drafts", published.desk(mine, Optional.of(ArticleStatus.DRAFT), "", 1, 10)));
    content.append(forms.card(l, "desk_awaiting_review", published.desk(mine, Optional.of(ArticleStatus.REVIEW), "", 1, 10)));
    content.append(forms.card(l, "desk_scheduled", published.desk(mine, Optional.of(ArticleStatus.SCHEDULED), "", 1, 10)));
    content.append(forms.card(l, "desk_recent", published.desk(mine, Optional.of(ArticleStatus.PUBLISHED), "", 1, 10)));
    content.append("</div><p><a class=\"button primary\" href=\"/admin/articles/new\">").append(page.t(l, "desk_new_article")).append("</a></p>");
    page.render(ctx, 200, page.messages().get(l, "desk_dashboard"), "", content.toString(), "");
  }

  private void list(Context ctx) {
    Language l = DeskSession.language(ctx);
    Session session = DeskSession.session(ctx);
    Optional<ArticleStatus> status = Optional.ofNullable(ctx.queryParam("status")).filter(s -> !s.isBlank())
        .flatMap(s -> Arrays.stream(ArticleStatus.values()).filter(v -> v.code().equals(s)).findFirst());
    String title = Optional.ofNullable(ctx.queryParam("q")).orElse("");
    List<Long> mine = forms.organizationsOf(session.actor()).stream().map(Organization::id).toList();
    List<Article> found = published.desk(mine, status, title, forms.pageNumber(ctx), 30);
    page.render(ctx, 200, page.messages().get(l, "desk_articles"), "", forms.list(l, status, title, found), "");
  }

  private void newForm(Context ctx) {
    Language l = DeskSession.language(ctx);
    long translationOf = forms.number(ctx.queryParam("translation_of"));
    Optional<Article> original = translationOf == 0 ? Optional.empty() : Optional.of(visible(ctx, translationOf));
    String language = Optional.ofNullable(ctx.queryParam("language")).orElse("");
    page.render(ctx, 200, page.messages().get(l, "desk_new_article"), "",
        forms.editor(l, DeskSession.session(ctx), Optional.empty(), original, language, List.of(), Optional.empty()), forms.editorHead());
  }

  private void create(Context ctx) {
    Session session = DeskSession.session(ctx);
    long organization = forms.number(ctx.formParam("organization"));
    ArticleDraft draft = forms.draft(ctx);
    try {
      Article created = articles.create(session.actor(), organization, draft);
      ctx.redirect("/admin/articles/" + created.id() + "?saved=1");
    } catch (Invalid e) {
      Language l = DeskSession.language(ctx);
      long translationOf = draft.translationOf();
      Optional<Article> original = translationOf == 0 ? Optional.empty() : Optional.of(visible(ctx, translationOf));
      page.render(ctx, 422, page.messages().get(l, "desk_new_article"), "",
          forms.editor(l, session, Optional.empty(), original, draft.language(), e.errors(), Optional.of(draft)), forms.editorHead());
    }
  }

  private void edit(Context ctx, String notice, List<Invalid.FieldError> errors, Optional<ArticleDraft> typed) {
    Language l = DeskSession.language(ctx);
    Article article = visible(ctx);
    String saved = ctx.queryParam("saved") != null ? page.messages().get(l, "desk_saved") : notice;
    long compare = forms.number(ctx.queryParam("compare"));
    Optional<Article> other = compare == 0 ? Optional.empty()
        : published.versions(article.groupId()).stream().filter(v -> v.id() == compare).findFirst();
    String editor = forms.editor(l, DeskSession.session(ctx), Optional.of(article), Optional.empty(), "", errors, typed);
    if (other.isPresent()) {
      editor = editor.substring(0, editor.length() - "</div>".length()) + forms.sideBySide(l, other.get()) + "</div>";
    }
    page.render(ctx, errors.isEmpty() ? 200 : 422, article.title(), saved, editor, forms.editorHead());
  }

  private void save(Context ctx) {
    Article article = visible(ctx);
    ArticleDraft draft = forms.draft(ctx);
    try {
      articles.update(DeskSession.session(ctx).actor(), article.id(), draft);
      ctx.redirect("/admin/articles/" + article.id() + "?saved=1");
    } catch (Invalid e) {
      edit(ctx, "", e.errors(), Optional.of(draft));
    }
  }

  private void publish(Context ctx) {
    String at = ctx.formParam("at");
    Optional<Instant> when = Optional.empty();
    if (at != null && !at.isBlank()) {
      Article article = visible(ctx);
      try {
        when = Optional.of(LocalDateTime.parse(at.strip()).atZone(organizations.require(article.organizationId()).timeZone()).toInstant());
      } catch (DateTimeParseException e) {
        edit(ctx, "", List.of(new Invalid.FieldError("at", "must be a date and time")), Optional.empty());
        return;
      }
    }
    Optional<Instant> schedule = when;
    act(ctx, (actor, id) -> articles.publish(actor, id, schedule));
  }

  private void share(Context ctx) {
    List<String> partners = ctx.formParams("organizations");
    act(ctx, (actor, id) -> {
      articles.share(actor, id, ctx.formParam("front_page") != null, partners);
      return null;
    });
  }

  private void delete(Context ctx) {
    Article article = visible(ctx);
    articles.delete(DeskSession.session(ctx).actor(), article.id());
    ctx.redirect("/admin/articles");
  }

  private void act(Context ctx, Action action) {
    Article article = visible(ctx);
    try {
      action.run(DeskSession.session(ctx).actor(), article.id());
      ctx.redirect("/admin/articles/" + article.id() + "?saved=1");
    } catch (Invalid e) {
      edit(ctx, "", e.errors(), Optional.empty());
    }
  }

  private Article visible(Context ctx) {
    return visible(ctx, forms.number(ctx.pathParam("id")));
  }

  /** An article the signed-in person may see; any other is "not found", never its content. */
  private Article visible(Context ctx, long id) {
    Actor actor = DeskSession.session(ctx).actor();
    return published.any(id).filter(a -> actor.seesDraftsOf(a.organizationId()))
        .orElseThrow(() -> new NotFound("article", id));
  }

  @FunctionalInterface
  private interface Action {
    Object run(Actor actor, long id);
  }
}
