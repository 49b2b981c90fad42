package org.ortaq.desk;

import java.util.List;
import org.ortaq.access.Actor;
import org.ortaq.account.Session;
import org.ortaq.article.Article;
import org.ortaq.article.ArticleStatus;
import org.ortaq.article.PublishedArticles;
import org.ortaq.article.Sharing;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.text.Html;
import org.ortaq.text.Language;

/** The side panel of the editor: status actions, sharing and translations, per the actor's role. */
final class ArticleActions {
  private final DeskPage page;
  private final PublishedArticles published;
  private final OrganizationService organizations;

  ArticleActions(DeskPage page, PublishedArticles published, OrganizationService organizations) {
    this.page = page;
    this.published = published;
    this.organizations = organizations;
  }

  String render(Language l, Session session, Article article) {
    Actor actor = session.actor();
    String csrf = DeskPage.csrf(session);
    String base = "/admin/articles/" + article.id();
    var out = new StringBuilder("<aside class=\"side\"><section class=\"panel\"><h2>").append(page.t(l, "desk_status")).append("</h2>");
    if (article.status() == ArticleStatus.DRAFT) {
      out.append(button(base + "/submit", csrf, page.t(l, "desk_submit"), ""));
    }
    if (actor.publishesFor(article.organizationId())) {
      if (!article.isPublished()) {
        out.append(button(base + "/publish", csrf, page.t(l, "desk_publish"), "primary"));
        out.append("<form method=\"post\" action=\"").append(base).append("/publish\">").append(csrf).append("<label>")
            .append(page.t(l, "desk_schedule_at")).append("<input type=\"datetime-local\" name=\"at\" required></label><button type=\"submit\">")
            .append(page.t(l, "desk_schedule")).append("</button></form>");
      } else {
        out.append(button(base + "/archive", csrf, page.t(l, "desk_archive"), ""));
      }
      out.append("<form method=\"post\" action=\"").append(base).append("/delete\" data-confirm=\"").append(page.t(l, "desk_delete_confirm"))
          .append("\">").append(csrf).append("<button type=\"submit\" class=\"danger\">").append(page.t(l, "desk_delete")).append("</button></form>");
      out.append("</section>").append(sharing(l, csrf, base, article));
    } else {
      out.append("</section>");
    }
    out.append(translations(l, article));
    return out.append("</aside>").toString();
  }

  private String sharing(Language l, String csrf, String base, Article article) {
    Sharing sharing = published.sharing(article.groupId());
    var out = new StringBuilder("<section class=\"panel\"><h2>").append(page.t(l, "desk_share")).append("</h2><form method=\"post\" action=\"")
        .append(base).append("/share\">").append(csrf).append("<label class=\"check\"><input type=\"checkbox\" name=\"front_page\"")
        .append(sharing.frontPage() ? " checked" : "").append("> ").append(page.t(l, "desk_share_front")).append("</label><fieldset><legend>")
        .append(page.t(l, "desk_share_partners")).append("</legend>");
    for (Organization other : organizations.all()) {
      if (other.id() != article.organizationId()) {
        out.append("<label class=\"check\"><input type=\"checkbox\" name=\"organizations\" value=\"").append(Html.escape(other.slug())).append("\"")
            .append(sharing.organizationIds().contains(other.id()) ? " checked" : "").append("> ").append(Html.escape(other.name(l))).append("</label>");
      }
    }
    return out.append("</fieldset><button type=\"submit\">").append(page.t(l, "desk_save")).append("</button></form></section>").toString();
  }

  private String translations(Language l, Article article) {
    List<Article> versions = published.versions(article.groupId());
    var out = new StringBuilder("<section class=\"panel\"><h2>").append(page.t(l, "desk_translations")).append("</h2><ul class=\"items\">");
    for (Article version : versions) {
      out.append("<li>").append(version.language().code().toUpperCase(java.util.Locale.ROOT)).append(": ")
          .append(version.id() == article.id() ? Html.escape(version.title())
              : "<a href=\"/admin/articles/" + version.id() + "\">" + Html.escape(version.title()) + "</a> · <a href=\"/admin/articles/"
                  + article.id() + "?compare=" + version.id() + "\">" + page.t(l, "desk_side_by_side") + "</a>").append("</li>");
    }
    out.append("</ul>");
    for (Language language : Language.values()) {
      if (versions.stream().noneMatch(v -> v.language() == language)) {
        out.append("<a class=\"button small\" href=\"/admin/articles/new?translation_of=").append(article.id()).append("&amp;language=")
            .append(language.code()).append("\">+ ").append(Html.escape(language.nativeName())).append("</a> ");
      }
    }
    return out.append("</section>").toString();
  }

  private static String button(String action, String csrf, String label, String style) {
    return "<form method=\"post\" action=\"" + action + "\">" + csrf + "<button type=\"submit\" class=\"" + style + "\">" + label + "</button></form>";
  }
}
