package org.ortaq.desk;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ortaq.access.Actor;
import org.ortaq.account.Session;
import org.ortaq.event.Event;
import org.ortaq.event.EventService;
import org.ortaq.event.Occurrence;
import org.ortaq.event.Registration;
import org.ortaq.organization.OrganizationService;
import org.ortaq.text.Html;
import org.ortaq.text.Language;

/** The HTML around the desk's event form: the list, the heading, the actions and the registrations. */
final class EventPanels {
  private static final DateTimeFormatter REGISTERED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

  private final DeskPage page;
  private final EventService events;
  private final OrganizationService organizations;

  EventPanels(DeskPage page, EventService events, OrganizationService organizations) {
    this.page = page;
    this.events = events;
    this.organizations = organizations;
  }

  /** Upcoming events by their next date, then past ones, latest first. */
  String list(Language l, List<Event> mine) {
    List<Occurrence> upcoming = events.upcoming(mine, 1, 10_000);
    Set<Long> coming = upcoming.stream().map(o -> o.event().id()).collect(Collectors.toSet());
    List<Event> past = mine.stream().filter(event -> !coming.contains(event.id()))
        .sorted((a, b) -> b.start().compareTo(a.start())).toList();
    var out = new StringBuilder("<h1>").append(page.t(l, "desk_event_nav")).append("</h1><p><a class=\"button primary\" href=\"/admin/events/new\">")
        .append(page.t(l, "desk_event_new")).append("</a></p>");
    section(out, l, "desk_event_upcoming", upcoming);
    section(out, l, "desk_event_past", past.stream().map(e -> new Occurrence(e, e.start(), e.end())).toList());
    return out.toString();
  }

  private void section(StringBuilder out, Language l, String title, List<Occurrence> list) {
    out.append("<section class=\"event-section\"><h2>").append(page.t(l, title)).append("</h2>");
    if (list.isEmpty()) {
      out.append("<p class=\"muted\">").append(page.t(l, "desk_nothing")).append("</p></section>");
      return;
    }
    out.append("<div class=\"table\"><table class=\"event-table stacked\"><thead><tr><th>").append(page.t(l, "desk_title")).append("</th><th>")
        .append(page.t(l, "desk_event_when")).append("</th><th>").append(page.t(l, "desk_event_organizers")).append("</th><th>")
        .append(page.t(l, "desk_status")).append("</th><th>").append(page.t(l, "desk_event_registrations")).append("</th></tr></thead><tbody>");
    for (Occurrence occurrence : list) {
      Event event = occurrence.event();
      out.append("<tr><td class=\"event-title\"><a href=\"/admin/events/").append(event.id()).append("\">")
          .append(Html.escape(event.title(l))).append("</a></td>").append(cell(l, "desk_event_when"))
          .append(Html.escape(EventForms.when(occurrence.start().withZoneSameInstant(event.start().getZone()))))
          .append(event.recurring() ? " <span class=\"muted\">↻ " + page.t(l, "desk_event_recurring") + "</span>" : "")
          .append("</td>").append(cell(l, "desk_event_organizers")).append(Html.escape(organizers(l, event))).append("</td>")
          .append(cell(l, "desk_status")).append(status(l, event, title)).append("</td>")
          .append(cell(l, "desk_event_registrations")).append(counts(l, event)).append("</td></tr>");
    }
    out.append("</tbody></table></div></section>");
  }

  /** The event's title, status, organizers and public link above its form. */
  String heading(Language l, Event event) {
    boolean over = events.upcoming(List.of(event), 1, 1).isEmpty();
    return "<h1>" + Html.escape(event.title(l)) + "</h1><p class=\"muted\">"
        + status(l, event, over ? "desk_event_past" : "desk_event_upcoming") + " · " + Html.escape(organizers(l, event))
        + " · <a href=\"" + Html.escape(event.path(event.texts().containsKey(l) ? l : event.languages().get(0))) + "\">"
        + page.t(l, "desk_view_public") + "</a></p>";
  }

  /** Cancel and delete, each behind a confirmation; delete only while nobody has registered. */
  String actions(Language l, Session session, Event event) {
    String csrf = DeskPage.csrf(session);
    String base = "/admin/events/" + event.id();
    var out = new StringBuilder("<aside class=\"side\"><section class=\"panel\"><h2>").append(page.t(l, "desk_status")).append("</h2>");
    if (event.cancelled()) {
      out.append("<p>").append(status(l, event, "")).append("</p>");
    } else {
      out.append("<form method=\"post\" action=\"").append(base).append("/cancel\" data-confirm=\"")
          .append(page.t(l, "desk_event_cancel_confirm")).append("\">").append(csrf).append("<button type=\"submit\" class=\"danger\">")
          .append(page.t(l, "desk_event_cancel")).append("</button></form><p class=\"muted\">").append(page.t(l, "desk_event_cancel_help"))
          .append("</p>");
    }
    if (events.registrationCount(event.id()) == 0) {
      out.append("<form method=\"post\" action=\"").append(base).append("/delete\" data-confirm=\"")
          .append(page.t(l, "desk_event_delete_confirm")).append("\">").append(csrf).append("<button type=\"submit\" class=\"danger\">")
          .append(page.t(l, "desk_delete")).append("</button></form>");
    }
    out.append("<p class=\"muted\">").append(page.t(l, "desk_event_delete_help")).append("</p>");
    return out.append("</section></aside>").toString();
  }

  /** Confirmed registrations, then the waiting list, in the order they came, with the CSV link. */
  String table(Language l, Actor actor, Event event) {
    List<Registration> all = events.registrations(actor, event.id());
    var out = new StringBuilder("<section class=\"panel registrations\" id=\"registrations\"><h2>")
        .append(page.t(l, "desk_event_registrations")).append(" (").append(all.size()).append(")</h2>");
    if (all.isEmpty()) {
      return out.append("<p class=\"muted\">").append(page.t(l, "desk_event_no_registrations")).append("</p></section>").toString();
    }
    out.append("<p><a class=\"button small\" href=\"/admin/events/").append(event.id()).append("/registrations.csv\">")
        .append(page.t(l, "desk_event_csv")).append("</a></p>");
    List<Registration> confirmed = all.stream().filter(r -> !r.waiting()).toList();
    List<Registration> waiting = all.stream().filter(Registration::waiting).toList();
    people(out, l, page.t(l, "desk_event_confirmed") + " (" + confirmed.size()
        + (event.capacity() > 0 ? " / " + event.capacity() : "") + ")", confirmed);
    if (!waiting.isEmpty()) {
      people(out, l, page.t(l, "desk_event_waiting") + " (" + waiting.size() + ")", waiting);
    }
    return out.append("</section>").toString();
  }

  private void people(StringBuilder out, Language l, String title, List<Registration> list) {
    out.append("<h3>").append(title).append("</h3><div class=\"table\"><table class=\"stacked\"><thead><tr><th>").append(page.t(l, "desk_event_name"))
        .append("</th><th>").append(page.t(l, "desk_email")).append("</th><th>").append(page.t(l, "desk_organization"))
        .append("</th><th>").append(page.t(l, "desk_event_registered_at")).append("</th></tr></thead><tbody>");
    for (Registration registration : list) {
      out.append("<tr><td class=\"person\">").append(Html.escape(registration.name())).append("</td>").append(cell(l, "desk_email"))
          .append("<a href=\"mailto:").append(Html.escape(registration.email())).append("\">").append(Html.escape(registration.email()))
          .append("</a></td>").append(registration.organization().isEmpty() ? "<td class=\"empty\">"
              : cell(l, "desk_organization")).append(Html.escape(registration.organization())).append("</td>")
          .append(cell(l, "desk_event_registered_at"))
          .append(REGISTERED.format(registration.createdAt().atZone(ZoneOffset.UTC))).append(" UTC</td></tr>");
    }
    out.append("</tbody></table></div>");
  }

  /** A cell that names its column, for the phone layout where a row becomes a card. */
  private String cell(Language l, String label) {
    return "<td data-label=\"" + page.t(l, label) + "\">";
  }

  private String status(Language l, Event event, String timing) {
    String code = event.cancelled() ? "cancelled" : timing.equals("desk_event_past") ? "past" : "upcoming";
    return "<span class=\"status status-event-" + code + "\">" + page.t(l, "desk_event_status_" + code) + "</span>";
  }

  private String counts(Language l, Event event) {
    long confirmed = events.confirmed(event.id());
    long waiting = events.registrationCount(event.id()) - confirmed;
    return confirmed + (event.capacity() > 0 ? " / " + event.capacity() : "")
        + (waiting > 0 ? " <span class=\"muted\">· " + page.t(l, "desk_event_waiting") + ": " + waiting + "</span>" : "");
  }

  private String organizers(Language l, Event event) {
    return event.organizerIds().stream().map(id -> organizations.require(id).name(l)).collect(Collectors.joining(", "));
  }
}
