package org.ortaq.desk;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;
import java.util.Optional;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.account.Session;
import org.ortaq.error.Conflict;
import org.ortaq.error.Forbidden;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.event.Event;
import org.ortaq.event.EventService;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.web.Routes;

/**
 * The desk's events: the list of one's organizations' events, the form that creates and changes
 * one, cancelling and deleting, and its registrations with the CSV export. Only admins and editors
 * of an event's organizers see it here; to anyone else it is "not found".
 */
final class EventDesk implements Routes {
  private final EventService events;
  private final OrganizationService organizations;
  private final DeskPage page;
  private final EventForms forms;
  private final EventPanels panels;

  EventDesk(EventService events, OrganizationService organizations, DeskPage page) {
    this.events = events;
    this.organizations = organizations;
    this.page = page;
    this.forms = new EventForms(page, organizations);
    this.panels = new EventPanels(page, events, organizations);
  }

  @Override
  public void mount(RoutesConfig routes) {
    routes.get("/admin/events", this::list);
    routes.get("/admin/events/new", this::newForm);
    routes.post("/admin/events", this::create);
    routes.get("/admin/events/{id}", ctx -> edit(ctx, 200, "", Optional.empty(), List.of()));
    routes.post("/admin/events/{id}", this::save);
    routes.post("/admin/events/{id}/cancel", this::cancel);
    routes.post("/admin/events/{id}/delete", this::delete);
    routes.get("/admin/events/{id}/registrations.csv", this::csv);
  }

  private void list(Context ctx) {
    Language l = DeskSession.language(ctx);
    Actor actor = DeskSession.session(ctx).actor();
    List<Event> mine = events.all().stream().filter(event -> organizes(actor, event)).toList();
    String notice = ctx.queryParam("deleted") != null ? page.messages().get(l, "desk_event_deleted") : "";
    page.render(ctx, 200, page.messages().get(l, "desk_event_nav"), notice, panels.list(l, mine), "");
  }

  private void newForm(Context ctx) {
    Session session = DeskSession.session(ctx);
    Organization first = forms.organizing(session.actor()).stream().findFirst()
        .orElseThrow(() -> new Forbidden("only admins and editors organize events"));
    showNew(ctx, 200, EventForm.blank(first.slug(), first.timeZone().getId()), List.of());
  }

  private void showNew(Context ctx, int status, EventForm form, List<Invalid.FieldError> errors) {
    Language l = DeskSession.language(ctx);
    String content = "<h1>" + page.t(l, "desk_event_new") + "</h1>" + forms.form(l, DeskSession.session(ctx),
        Optional.empty(), form, errors);
    page.render(ctx, status, page.messages().get(l, "desk_event_new"), "", content, forms.head());
  }

  private void create(Context ctx) {
    EventForm form = EventForm.read(ctx);
    try {
      Event created = events.create(DeskSession.session(ctx).actor(), form.input());
      ctx.redirect("/admin/events/" + created.id() + "?saved=1");
    } catch (Invalid e) {
      showNew(ctx, 422, form, e.errors());
    } catch (Forbidden e) {
      showNew(ctx, 403, form, List.of(new Invalid.FieldError("organizers", e.getMessage())));
    }
  }

  /** The event's page: its form (as stored, or as typed), its actions and its registrations. */
  private void edit(Context ctx, int status, String notice, Optional<EventForm> typed, List<Invalid.FieldError> errors) {
    Language l = DeskSession.language(ctx);
    Session session = DeskSession.session(ctx);
    Event event = visible(ctx);
    EventForm form = typed.orElseGet(() -> EventForm.of(event, id -> organizations.require(id).slug()));
    String saved = ctx.queryParam("saved") != null ? page.messages().get(l, "desk_saved") : notice;
    String content = panels.heading(l, event) + "<div class=\"editor-layout\">"
        + forms.form(l, session, Optional.of(event), form, errors) + panels.actions(l, session, event) + "</div>"
        + panels.table(l, session.actor(), event);
    page.render(ctx, status, event.title(l), saved, content, forms.head());
  }

  private void save(Context ctx) {
    Event event = visible(ctx);
    EventForm form = EventForm.read(ctx);
    try {
      events.update(DeskSession.session(ctx).actor(), event.id(), form.input());
      ctx.redirect("/admin/events/" + event.id() + "?saved=1");
    } catch (Invalid e) {
      edit(ctx, 422, "", Optional.of(form), e.errors());
    } catch (Forbidden e) {
      edit(ctx, 403, "", Optional.of(form), List.of(new Invalid.FieldError("organizers", e.getMessage())));
    }
  }

  private void cancel(Context ctx) {
    Event event = visible(ctx);
    events.cancel(DeskSession.session(ctx).actor(), event.id());
    ctx.redirect("/admin/events/" + event.id() + "?saved=1");
  }

  private void delete(Context ctx) {
    Event event = visible(ctx);
    try {
      events.delete(DeskSession.session(ctx).actor(), event.id());
      ctx.redirect("/admin/events?deleted=1");
    } catch (Conflict e) {
      edit(ctx, 409, page.messages().get(DeskSession.language(ctx), "desk_event_has_registrations"), Optional.empty(),
          List.of());
    }
  }

  private void csv(Context ctx) {
    Event event = visible(ctx);
    String csv = events.registrationsCsv(DeskSession.session(ctx).actor(), event.id());
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + Html.escape(event.slug()) + "-registrations.csv\"")
        .result(csv);
  }

  /** An event the signed-in person organizes (admin or editor of one organizer); else "not found". */
  private Event visible(Context ctx) {
    String id = ctx.pathParam("id");
    Actor actor = DeskSession.session(ctx).actor();
    return (id.matches("\\d{1,18}") ? events.find(Long.parseLong(id)) : Optional.<Event>empty())
        .filter(event -> organizes(actor, event))
        .orElseThrow(() -> new NotFound("event", id));
  }

  private static boolean organizes(Actor actor, Event event) {
    return event.organizerIds().stream().anyMatch(organizer -> actor.has(organizer, Role.ADMIN, Role.EDITOR));
  }
}
