package org.ortaq.desk;

import io.javalin.http.Context;
import java.util.Optional;
import org.ortaq.account.Session;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.web.Messages;

/** The desk's page shell: header, navigation, language links, a message, the content. */
final class DeskPage {
  private final Messages messages;

  DeskPage(Messages messages) {
    this.messages = messages;
  }

  String t(Language language, String key) {
    return Html.escape(messages.get(language, key));
  }

  Messages messages() {
    return messages;
  }

  /** Answers with a whole desk page. */
  void render(Context ctx, int status, String title, String notice, String content, String extraHead) {
    Language language = DeskSession.language(ctx);
    Optional<Session> session = DeskSession.maybeSession(ctx);
    var html = new StringBuilder(8192);
    html.append("<!DOCTYPE html>\n<html lang=\"").append(language.code()).append("\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>")
        .append(Html.escape(title)).append(" — Ortaq</title>\n<meta name=\"robots\" content=\"noindex\">\n")
        .append("<link rel=\"stylesheet\" href=\"/admin/assets/desk.css\">\n").append(extraHead).append("</head>\n<body class=\"desk\">\n")
        .append("<header class=\"desk-header\"><div class=\"desk-bar\"><a class=\"desk-brand\" href=\"/admin\">Ortaq <span>")
        .append(t(language, "desk")).append("</span></a>");
    if (session.isPresent()) {
      html.append("<nav class=\"desk-nav\"><a href=\"/admin\">").append(t(language, "desk_dashboard")).append("</a>")
          .append("<a href=\"/admin/articles\">").append(t(language, "desk_articles")).append("</a>")
          .append("<a href=\"/admin/articles/new\">").append(t(language, "desk_new_article")).append("</a>")
          .append("<a href=\"/admin/events\">").append(t(language, "desk_event_nav")).append("</a>")
          .append("<a href=\"/admin/decisions\">").append(t(language, "desk_decisions")).append("</a>")
          .append("<a href=\"/admin/statements\">").append(t(language, "desk_statements")).append("</a>")
          .append("<a href=\"/admin/organization\">").append(t(language, "desk_settings")).append("</a>")
          .append("<a href=\"/admin/audit\">").append(t(language, "desk_audit")).append("</a>")
          .append("<a href=\"/admin/account\">").append(t(language, "desk_account")).append("</a>")
          .append("<form method=\"post\" action=\"/admin/logout\" class=\"inline\">").append(csrf(session.get()))
          .append("<button type=\"submit\" class=\"link\">").append(t(language, "desk_sign_out")).append("</button></form></nav>");
    }
    html.append("<nav class=\"desk-languages\">");
    for (Language other : Language.values()) {
      html.append(other == language ? "<span class=\"current\">" : "<a href=\"?lang=" + other.code() + "\">")
          .append(other.code().toUpperCase(java.util.Locale.ROOT)).append(other == language ? "</span>" : "</a>");
    }
    html.append("</nav></div></header>\n<main class=\"desk-main\">\n");
    if (!notice.isEmpty()) {
      html.append("<p class=\"notice\" role=\"status\">").append(Html.escape(notice)).append("</p>\n");
    }
    html.append(content).append("\n</main>\n<script src=\"/admin/assets/desk.js\" defer></script>\n</body>\n</html>\n");
    ctx.status(status).html(html.toString());
  }

  static String csrf(Session session) {
    return "<input type=\"hidden\" name=\"_csrf\" value=\"" + Html.escape(session.csrfToken()) + "\">";
  }

  /** An error list for a form, one line per field. */
  String errors(Language language, java.util.List<org.ortaq.error.Invalid.FieldError> errors) {
    if (errors.isEmpty()) {
      return "";
    }
    var out = new StringBuilder("<div class=\"errors\" role=\"alert\"><p>").append(t(language, "desk_errors")).append("</p><ul>");
    errors.forEach(e -> out.append("<li><b>").append(Html.escape(e.field())).append("</b>: ").append(Html.escape(e.message())).append("</li>"));
    return out.append("</ul></div>").toString();
  }
}
