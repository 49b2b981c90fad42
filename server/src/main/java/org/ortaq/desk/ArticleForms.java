package org.ortaq.desk;

import io.javalin.http.Context;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.ortaq.access.Actor;
import org.ortaq.account.Session;
import org.ortaq.article.Article;
import org.ortaq.article.ArticleDraft;
import org.ortaq.article.ArticleStatus;
import org.ortaq.article.Category;
import org.ortaq.article.PublishedArticles;
import org.ortaq.error.Invalid;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.text.Html;
import org.ortaq.text.Language;

/** The HTML of the desk's article pages: cards, the list, and the editor with its actions. */
final class ArticleForms {
  private static final DateTimeFormatter SHORT = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DeskPage page;
  private final PublishedArticles published;
  private final OrganizationService organizations;

  ArticleForms(DeskPage page, PublishedArticles published, OrganizationService organizations) {
    this.page = page;
    this.published = published;
    this.organizations = organizations;
  }

  List<Organization> organizationsOf(Actor actor) {
    return organizations.all().stream().filter(o -> actor.platformAdmin() || actor.roles().containsKey(o.id())).toList();
  }

  String card(Language l, String key, List<Article> articles) {
    var out = new StringBuilder("<section class=\"panel card\"><h2>").append(page.t(l, key)).append("</h2>");
    if (articles.isEmpty()) {
      return out.append("<p class=\"muted\">").append(page.t(l, "desk_nothing")).append("</p></section>").toString();
    }
    out.append("<ul class=\"items\">");
    articles.forEach(a -> out.append("<li><a href=\"/admin/articles/").append(a.id()).append("\">").append(Html.escape(a.title()))
        .append("</a> <span class=\"muted\">").append(a.language().code()).append(" · ")
        .append(SHORT.format(a.publishedAt().atZone(ZoneId.of("UTC")))).append("</span></li>"));
    return out.append("</ul></section>").toString();
  }

  String list(Language l, Optional<ArticleStatus> status, String title, List<Article> articles) {
    var out = new StringBuilder("<h1>").append(page.t(l, "desk_articles")).append("</h1>")
        .append("<form class=\"filters\" method=\"get\"><select name=\"status\" aria-label=\"").append(page.t(l, "desk_status")).append("\">")
        .append("<option value=\"\">").append(page.t(l, "desk_all")).append("</option>");
    for (ArticleStatus s : ArticleStatus.values()) {
      out.append("<option value=\"").append(s.code()).append("\"").append(status.orElse(null) == s ? " selected" : "").append(">")
          .append(page.t(l, "desk_status_" + s.code())).append("</option>");
    }
    out.append("</select><input type=\"search\" name=\"q\" value=\"").append(Html.escape(title)).append("\" placeholder=\"")
        .append(page.t(l, "desk_search_titles")).append("\"><button type=\"submit\">").append(page.t(l, "desk_filter")).append("</button></form>");
    if (articles.isEmpty()) {
      return out.append("<p class=\"muted\">").append(page.t(l, "desk_nothing")).append("</p>").toString();
    }
    out.append("<div class=\"table\"><table><thead><tr><th>").append(page.t(l, "desk_title")).append("</th><th>")
        .append(page.t(l, "desk_language")).append("</th><th>").append(page.t(l, "desk_organization")).append("</th><th>")
        .append(page.t(l, "desk_status")).append("</th><th>").append(page.t(l, "desk_edited")).append("</th></tr></thead><tbody>");
    for (Article a : articles) {
      out.append("<tr><td><a href=\"/admin/articles/").append(a.id()).append("\">").append(Html.escape(a.title())).append("</a></td><td>")
          .append(a.language().code()).append("</td><td>").append(Html.escape(organizations.require(a.organizationId()).name(l)))
          .append("</td><td><span class=\"status status-").append(a.status().code()).append("\">")
          .append(page.t(l, "desk_status_" + a.status().code())).append("</span></td><td>")
          .append(SHORT.format(a.updatedAt().atZone(ZoneId.of("UTC")))).append("</td></tr>");
    }
    return out.append("</tbody></table></div>").toString();
  }

  String editorHead() {
    return "<link rel=\"stylesheet\" href=\"/admin/assets/quill/quill.snow.css\">\n"
        + "<script src=\"/admin/assets/quill/quill.min.js\" defer></script>\n";
  }

  /** The editor: the article's form, then its actions (status, sharing, translations). */
  String editor(Language l, Session session, Optional<Article> article, Optional<Article> original, String language,
      List<Invalid.FieldError> errors, Optional<ArticleDraft> typed) {
    Actor actor = session.actor();
    String title = typed.map(ArticleDraft::title).or(() -> article.map(Article::title)).orElse("");
    String lead = typed.map(ArticleDraft::shortStory).or(() -> article.map(Article::shortStory)).orElse("");
    String body = typed.map(ArticleDraft::fullStory).or(() -> article.map(Article::fullStory)).orElse("");
    String author = typed.map(ArticleDraft::author).or(() -> article.map(Article::author)).orElse(actor.name());
    String image = typed.map(ArticleDraft::mainImage).or(() -> article.map(Article::mainImage)).orElse("");
    String tags = typed.map(d -> String.join(", ", d.tags())).or(() -> article.map(a -> String.join(", ", a.tags()))).orElse("");
    List<String> chosen = typed.map(ArticleDraft::categories).orElseGet(() -> article.map(a -> a.categoryIds().stream()
        .map(id -> published.categories().stream().filter(c -> c.id() == id).map(Category::slug).findFirst().orElse(""))
        .toList()).orElse(List.of()));
    var out = new StringBuilder("<h1>").append(article.isPresent() ? Html.escape(article.get().title()) : page.t(l, "desk_new_article")).append("</h1>");
    article.ifPresent(a -> out.append("<p class=\"muted\"><span class=\"status status-").append(a.status().code()).append("\">")
        .append(page.t(l, "desk_status_" + a.status().code())).append("</span> · ").append(Html.escape(organizations.require(a.organizationId()).name(l)))
        .append(" · <a href=\"/admin/articles/").append(a.id()).append("/preview\" target=\"_blank\" rel=\"noopener\">").append(page.t(l, "desk_preview")).append("</a>")
        .append(a.isPublished() ? " · <a href=\"" + Html.escape(a.path()) + "\">" + page.t(l, "desk_view_public") + "</a>" : "").append("</p>"));
    out.append(page.errors(l, errors)).append("<div class=\"editor-layout\"><form class=\"panel editor\" method=\"post\" action=\"")
        .append(article.map(a -> "/admin/articles/" + a.id()).orElse("/admin/articles")).append("\">").append(DeskPage.csrf(session));
    if (article.isEmpty()) {
      out.append("<div class=\"row\"><label>").append(page.t(l, "desk_organization")).append("<select name=\"organization\" required>");
      for (Organization o : organizationsOf(actor)) {
        if (actor.writesFor(o.id()) && original.map(a -> a.organizationId() == o.id()).orElse(true)) {
          out.append("<option value=\"").append(o.id()).append("\">").append(Html.escape(o.name(l))).append("</option>");
        }
      }
      out.append("</select></label><label>").append(page.t(l, "desk_language")).append("<select name=\"language\" required>");
      for (Language option : Language.values()) {
        out.append("<option value=\"").append(option.code()).append("\"").append(option.code().equals(language) ? " selected" : "")
            .append(">").append(Html.escape(option.nativeName())).append("</option>");
      }
      out.append("</select></label></div>");
      original.ifPresent(o -> out.append("<input type=\"hidden\" name=\"translation_of\" value=\"").append(o.id()).append("\">")
          .append("<p class=\"muted\">").append(page.t(l, "desk_translations")).append(": ").append(Html.escape(o.title())).append("</p>"));
    }
    out.append("<label>").append(page.t(l, "desk_title")).append("<input name=\"title\" required maxlength=\"500\" value=\"").append(Html.escape(title)).append("\"></label>")
        .append(richText(l, "short_story", "desk_lead", lead)).append(richText(l, "full_story", "desk_body", body))
        .append("<div class=\"row\"><label>").append(page.t(l, "desk_tags")).append("<input name=\"tags\" value=\"").append(Html.escape(tags)).append("\"></label>")
        .append("<label>").append(page.t(l, "desk_author")).append("<input name=\"author\" maxlength=\"200\" value=\"").append(Html.escape(author)).append("\"></label></div>")
        .append("<label>").append(page.t(l, "desk_main_image")).append("<input name=\"main_image\" id=\"main-image\" value=\"").append(Html.escape(image))
        .append("\" placeholder=\"/uploads/…\"></label><p><label class=\"upload\">").append(page.t(l, "desk_upload_image"))
        .append(" <input type=\"file\" accept=\"image/jpeg,image/png,image/gif,image/webp\" data-upload-target=\"main-image\"></label></p>")
        .append("<fieldset><legend>").append(page.t(l, "desk_categories")).append("</legend>");
    for (Category c : published.categories()) {
      out.append("<label class=\"check\"><input type=\"checkbox\" name=\"categories\" value=\"").append(Html.escape(c.slug())).append("\"")
          .append(chosen.contains(c.slug()) ? " checked" : "").append("> ").append(Html.escape(c.name(l))).append("</label>");
    }
    out.append("</fieldset><button type=\"submit\" class=\"primary\">").append(page.t(l, "desk_save")).append("</button></form>");
    article.ifPresent(a -> out.append(new ArticleActions(page, published, organizations).render(l, session, a)));
    original.ifPresent(o -> out.append(sideBySide(l, o)));
    return out.append("</div>").toString();
  }

  /** The version being translated, read-only beside the form, so the translator sees both. */
  String sideBySide(Language l, Article original) {
    return "<aside class=\"panel original\" lang=\"" + original.language().code() + "\"><h2>"
        + page.t(l, "desk_translations") + ": " + Html.escape(original.language().nativeName()) + "</h2><h3>"
        + Html.escape(original.title()) + "</h3><div class=\"original-text\">" + original.shortStory() + "</div><hr>"
        + "<div class=\"original-text\">" + original.fullStory() + "</div></aside>";
  }

  private String richText(Language l, String name, String label, String html) {
    return "<div class=\"field\"><span class=\"label\">" + page.t(l, label) + "</span>"
        + "<div class=\"rich\" data-field=\"" + name + "\" data-csrf-upload=\"1\"></div>"
        + "<textarea name=\"" + name + "\" class=\"rich-source\" rows=\"8\" aria-label=\"" + page.t(l, label) + "\">"
        + Html.escape(html) + "</textarea></div>";
  }

  ArticleDraft draft(Context ctx) {
    String tags = Optional.ofNullable(ctx.formParam("tags")).orElse("");
    return new ArticleDraft(Optional.ofNullable(ctx.formParam("language")).orElse(""), ctx.formParam("title"), ctx.formParam("slug"),
        ctx.formParam("short_story"), ctx.formParam("full_story"), ctx.formParam("author"), ctx.formParam("main_image"),
        ctx.formParams("categories"),
        Arrays.stream(tags.split(",")).map(String::strip).filter(t -> !t.isEmpty()).collect(Collectors.toList()),
        number(ctx.formParam("translation_of")));
  }

  long number(String value) {
    if (value == null || !value.strip().matches("\\d{1,18}")) {
      return 0;
    }
    return Long.parseLong(value.strip());
  }

  int pageNumber(Context ctx) {
    long page = number(ctx.queryParam("page"));
    return (int) Math.max(1, Math.min(page, 10_000));
  }
}
