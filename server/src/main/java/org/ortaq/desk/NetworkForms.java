package org.ortaq.desk;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.error.Invalid;
import org.ortaq.error.OrtaqException;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.text.Html;
import org.ortaq.text.Language;

/**
 * Form pieces the desk's network pages (joint decisions, joint statements) share: which
 * organizations the user speaks for, texts per language, moments typed in an organization's zone,
 * and the box that says why an action was refused.
 */
final class NetworkForms {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");
  private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DeskPage page;
  private final OrganizationService organizations;

  NetworkForms(DeskPage page, OrganizationService organizations) {
    this.page = page;
    this.organizations = organizations;
  }

  DeskPage page() {
    return page;
  }

  List<Organization> all() {
    return organizations.all();
  }

  Organization organization(long id) {
    return organizations.require(id);
  }

  /** Organizations the actor speaks for: admins and representatives (platform admins: all). */
  List<Organization> speakingFor(Actor actor) {
    return organizations.all().stream().filter(o -> actor.has(o.id(), Role.ADMIN, Role.REPRESENTATIVE)).toList();
  }

  /** Organizations whose ballot the actor casts: held as representative, never through platform rights. */
  List<Organization> representing(Actor actor) {
    return organizations.all().stream()
        .filter(o -> actor.roles().getOrDefault(o.id(), Set.of()).contains(Role.REPRESENTATIVE)).toList();
  }

  /** The organization's name, linked to its public page. */
  String link(Language language, long organizationId) {
    Organization organization = organizations.require(organizationId);
    return "<a href=\"/" + language.code() + "/" + Html.escape(organization.slug()) + "/\">"
        + Html.escape(organization.name(language)) + "</a>";
  }

  String name(Language language, long organizationId) {
    return Html.escape(organizations.require(organizationId).name(language));
  }

  /** A labelled select of organizations by slug. */
  String select(Language l, String name, String labelKey, List<Organization> options, String selected) {
    var out = new StringBuilder("<label>").append(page.t(l, labelKey)).append("<select name=\"").append(name).append("\">");
    for (Organization organization : options) {
      out.append("<option value=\"").append(Html.escape(organization.slug())).append('"')
          .append(organization.slug().equals(selected) ? " selected" : "").append('>')
          .append(Html.escape(organization.name(l))).append("</option>");
    }
    return out.append("</select></label>").toString();
  }

  /** A fieldset of checkboxes, one per organization, by slug. */
  String checks(Language l, String name, String legendKey, List<Organization> options, List<String> checked) {
    var out = new StringBuilder("<fieldset><legend>").append(page.t(l, legendKey)).append("</legend>");
    for (Organization organization : options) {
      out.append("<label class=\"check\"><input type=\"checkbox\" name=\"").append(name).append("\" value=\"")
          .append(Html.escape(organization.slug())).append('"').append(checked.contains(organization.slug()) ? " checked" : "")
          .append('>').append(Html.escape(organization.name(l))).append("</label>");
    }
    return out.append("</fieldset>").toString();
  }

  /** Title and text fields for each language, the user's own language open first. */
  String texts(Language l, Map<String, String> titles, Map<String, String> bodies) {
    var out = new StringBuilder();
    for (Language language : Language.values()) {
      String code = language.code();
      out.append("<details class=\"panel language-texts\"").append(language == l || titles.containsKey(code) ? " open" : "")
          .append("><summary>").append(Html.escape(language.nativeName())).append("</summary><label>")
          .append(page.t(l, "desk_title")).append("<input name=\"title_").append(code).append("\" maxlength=\"500\" lang=\"")
          .append(code).append("\" value=\"").append(Html.escape(titles.getOrDefault(code, ""))).append("\"></label><label>")
          .append(page.t(l, "desk_network_text")).append("<textarea name=\"text_").append(code).append("\" rows=\"8\" lang=\"")
          .append(code).append("\">").append(Html.escape(bodies.getOrDefault(code, ""))).append("</textarea></label></details>");
    }
    return out.toString();
  }

  /** The titles typed, by language code; blank ones left out. */
  static Map<String, String> titles(Context ctx) {
    var titles = new LinkedHashMap<String, String>();
    for (Language language : Language.values()) {
      String title = ctx.formParam("title_" + language.code());
      if (title != null && !title.isBlank()) {
        titles.put(language.code(), title);
      }
    }
    return titles;
  }

  /** The texts typed, as the user typed them, by language code; blank ones left out. */
  static Map<String, String> bodies(Context ctx) {
    var bodies = new LinkedHashMap<String, String>();
    for (Language language : Language.values()) {
      String body = ctx.formParam("text_" + language.code());
      if (body != null && !body.isBlank()) {
        bodies.put(language.code(), body);
      }
    }
    return bodies;
  }

  /** The texts as HTML for the services (which sanitize it): plain text becomes paragraphs. */
  static Map<String, String> html(Map<String, String> bodies) {
    var html = new LinkedHashMap<String, String>();
    bodies.forEach((code, body) -> html.put(code, paragraphs(body)));
    return html;
  }

  /** Plain text to paragraphs (blank lines) and line breaks; text that already holds tags is left as HTML. */
  static String paragraphs(String text) {
    String trimmed = text.strip().replace("\r\n", "\n");
    if (trimmed.matches("(?s).*<(p|div|ul|ol|h[1-6]|blockquote|table|br)\\b.*")) {
      return trimmed;
    }
    var out = new StringBuilder();
    for (String block : trimmed.split("\n\\s*\n")) {
      if (!block.isBlank()) {
        out.append("<p>").append(Html.escape(block.strip()).replace("\n", "<br>")).append("</p>");
      }
    }
    return out.toString();
  }

  /** A {@code datetime-local} value typed in {@code zone}, as the ISO instant the services take; unparsable text passes on for them to refuse. */
  static String instant(String local, ZoneId zone) {
    if (local == null || local.isBlank()) {
      return "";
    }
    try {
      return LocalDateTime.parse(local.strip()).atZone(zone).toInstant().toString();
    } catch (DateTimeParseException e) {
      return local.strip();
    }
  }

  /** The {@code datetime-local} value of an instant in {@code zone}. */
  static String local(Instant instant, ZoneId zone) {
    return LOCAL.format(instant.truncatedTo(ChronoUnit.MINUTES).atZone(zone));
  }

  /** An instant as people read it in {@code zone}, with the zone's name. */
  static String shown(Instant instant, ZoneId zone) {
    return SHOWN.format(instant.atZone(zone)) + " (" + zone.getId() + ")";
  }

  /** Why the action was refused: each field of an {@link Invalid}, else the one message. */
  String refusal(Language l, OrtaqException refused) {
    if (refused instanceof Invalid invalid) {
      return page.errors(l, invalid.errors());
    }
    return "<div class=\"errors\" role=\"alert\"><p>" + Html.escape(refused.getMessage()) + "</p></div>";
  }

  /** Runs an action on record {@code id}: redirects to {@code pageUrl} when it worked, else shows the page with the reason. */
  void act(Context ctx, long id, String pageUrl, Action action, Refused refused) {
    try {
      action.run(DeskSession.session(ctx).actor(), id);
      ctx.redirect(pageUrl + "?done=1");
    } catch (org.ortaq.error.NotFound e) {
      throw e;
    } catch (OrtaqException e) {
      refused.show(e.status(), refusal(DeskSession.language(ctx), e));
    }
  }

  /** A form field's value, or empty. */
  static String param(Context ctx, String name) {
    String value = ctx.formParam(name);
    return value == null ? "" : value;
  }

  /** One action of a desk page on a record, for the signed-in actor. */
  @FunctionalInterface
  interface Action {
    Object run(Actor actor, long id);
  }

  /** Shows a record's page again, with the status and the reason an action was refused. */
  @FunctionalInterface
  interface Refused {
    void show(int status, String refusal);
  }

  /** A status badge with its translated label. */
  String badge(Language l, String prefix, String code) {
    return "<span class=\"status status-" + code + "\">" + Html.escape(page.messages().get(l, prefix + code)) + "</span>";
  }
}
