package org.ortaq.desk;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.account.Session;
import org.ortaq.error.Invalid;
import org.ortaq.event.Event;
import org.ortaq.event.EventKind;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.text.Html;
import org.ortaq.text.Language;

/** The HTML of the desk's event form: texts per language, time and zone, place, repetition, places. */
final class EventForms {
  /** IANA zones of a region and city ("Asia/Baku"), without the legacy and Etc aliases. */
  private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream()
      .filter(Pattern.compile("(Africa|America|Antarctica|Asia|Atlantic|Australia|Europe|Indian|Pacific)/[A-Za-z_/-]+")
          .asMatchPredicate())
      .sorted().toList();
  private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DeskPage page;
  private final OrganizationService organizations;

  EventForms(DeskPage page, OrganizationService organizations) {
    this.page = page;
    this.organizations = organizations;
  }

  /** Organizations the actor may organize events for: admin or editor (every one for a platform admin). */
  List<Organization> organizing(Actor actor) {
    return organizations.all().stream().filter(o -> actor.has(o.id(), Role.ADMIN, Role.EDITOR)).toList();
  }

  static String when(ZonedDateTime time) {
    return WHEN.format(time) + " " + time.getZone().getId();
  }

  /** The form; {@code event} is empty for a new one. */
  String form(Language l, Session session, Optional<Event> event, EventForm form, List<Invalid.FieldError> errors) {
    Set<String> invalid = errors.stream().map(e -> formName(e.field())).collect(Collectors.toSet());
    var out = new StringBuilder(16_384).append(page.errors(l, errors))
        .append("<form class=\"panel editor event-form\" method=\"post\" action=\"")
        .append(event.map(e -> "/admin/events/" + e.id()).orElse("/admin/events")).append("\" novalidate>")
        .append(DeskPage.csrf(session));
    out.append("<fieldset").append(invalid.contains("organizers") ? " aria-invalid=\"true\"" : "").append("><legend>")
        .append(page.t(l, "desk_event_organizers")).append("</legend>");
    var choices = new java.util.LinkedHashMap<String, String>();
    organizing(session.actor()).forEach(o -> choices.put(o.slug(), o.name(l)));
    form.organizers().forEach(slug -> choices.putIfAbsent(slug,
        organizations.findBySlug(slug).map(o -> o.name(l)).orElse(slug)));
    choices.forEach((slug, name) -> out.append("<label class=\"check\"><input type=\"checkbox\" name=\"organizers\" value=\"")
        .append(Html.escape(slug)).append("\"").append(form.organizers().contains(slug) ? " checked" : "").append("> ")
        .append(Html.escape(name)).append("</label>"));
    out.append("</fieldset><div class=\"row\"><label>").append(page.t(l, "desk_event_kind")).append("<select name=\"kind\"")
        .append(flag(invalid, "kind")).append(">");
    for (EventKind kind : EventKind.values()) {
      out.append("<option value=\"").append(kind.code()).append("\"").append(kind.code().equals(form.kind()) ? " selected" : "")
          .append(">").append(page.t(l, "event_kind_" + kind.code())).append("</option>");
    }
    out.append("</select></label>").append(input(l, "desk_event_slug", "slug", form.slug(), "text", invalid))
        .append("</div><p class=\"muted help\">").append(page.t(l, "desk_event_slug_help")).append("</p>");
    for (Language language : Language.values()) {
      boolean open = language == l || !form.title(language).isBlank() || !form.description(language).isBlank()
          || invalid.contains("title_" + language.code()) || invalid.contains("description_" + language.code());
      out.append("<details class=\"language-text\" lang=\"").append(language.code()).append("\"").append(open ? " open" : "")
          .append("><summary>").append(Html.escape(language.nativeName())).append("</summary>")
          .append(input(l, "desk_title", "title_" + language.code(), form.title(language), "text", invalid))
          .append(description(l, language, form.description(language), invalid)).append("</details>");
    }
    out.append("<div class=\"row\">").append(input(l, "desk_event_start", "start", form.start(), "datetime-local", invalid))
        .append(input(l, "desk_event_end", "end", form.end(), "datetime-local", invalid)).append("</div><label>")
        .append(page.t(l, "desk_event_time_zone")).append("<select name=\"time_zone\"").append(flag(invalid, "time_zone")).append(">");
    if (!ZONES.contains(form.timeZone())) {
      out.append("<option selected>").append(Html.escape(form.timeZone())).append("</option>");
    }
    for (String zone : ZONES) {
      out.append("<option").append(zone.equals(form.timeZone()) ? " selected" : "").append(">").append(zone).append("</option>");
    }
    out.append("</select></label><fieldset><legend>").append(page.t(l, "desk_event_venue")).append("</legend><div class=\"row\">")
        .append(input(l, "desk_event_venue_name", "venue_name", form.venueName(), "text", invalid))
        .append(input(l, "desk_city", "city", form.city(), "text", invalid)).append("</div><div class=\"row\">")
        .append(input(l, "desk_event_country", "country", form.country(), "text", invalid))
        .append(input(l, "desk_event_address", "address", form.address(), "text", invalid)).append("</div><div class=\"row\">")
        .append(input(l, "desk_event_latitude", "latitude", form.latitude(), "text", invalid))
        .append(input(l, "desk_event_longitude", "longitude", form.longitude(), "text", invalid)).append("</div></fieldset>")
        .append(input(l, "desk_event_online_url", "online_url", form.onlineUrl(), "url", invalid))
        .append(input(l, "desk_event_rrule", "rrule", form.rrule(), "text", invalid))
        .append("<p class=\"muted help\">").append(page.t(l, "desk_event_rrule_help")).append("</p><div class=\"row\">")
        .append(input(l, "desk_event_capacity", "capacity", form.capacity(), "number", invalid))
        .append(input(l, "desk_event_articles", "articles", form.articles(), "text", invalid))
        .append("</div><button type=\"submit\" class=\"primary\">").append(page.t(l, "desk_save")).append("</button></form>");
    return out.toString();
  }

  /** The quill editor the article form uses; without script the plain HTML field stays usable. */
  String head() {
    return "<link rel=\"stylesheet\" href=\"/admin/assets/quill/quill.snow.css\">\n"
        + "<script src=\"/admin/assets/quill/quill.min.js\" defer></script>\n";
  }

  private String description(Language l, Language language, String html, Set<String> invalid) {
    String name = "description_" + language.code();
    return "<div class=\"field\"><span class=\"label\">" + page.t(l, "desk_event_description") + "</span>"
        + "<div class=\"rich\" data-field=\"" + name + "\"></div><textarea name=\"" + name + "\" class=\"rich-source\" rows=\"5\""
        + " aria-label=\"" + page.t(l, "desk_event_description") + " (" + Html.escape(language.nativeName()) + ")\""
        + flag(invalid, name) + ">" + Html.escape(html) + "</textarea></div>";
  }

  private String input(Language l, String label, String name, String value, String type, Set<String> invalid) {
    return "<label>" + page.t(l, label) + "<input type=\"" + type + "\" name=\"" + name + "\" value=\"" + Html.escape(value)
        + "\"" + (type.equals("number") ? " min=\"0\" inputmode=\"numeric\"" : "") + flag(invalid, name) + "></label>";
  }

  private static String flag(Set<String> invalid, String name) {
    return invalid.contains(name) ? " aria-invalid=\"true\"" : "";
  }

  /** The form field a service error names: {@code titles.az} is {@code title_az}, and so on. */
  static String formName(String field) {
    String base = field.replaceAll("\\[\\d+]$", "");
    if (base.startsWith("titles.")) {
      return "title_" + base.substring("titles.".length());
    }
    if (base.startsWith("descriptions.")) {
      return "description_" + base.substring("descriptions.".length());
    }
    return switch (base) {
      case "venue" -> "venue_name";
      case "venue.country" -> "country";
      case "venue.latitude" -> "latitude";
      case "venue.longitude" -> "longitude";
      default -> base;
    };
  }
}
