package org.ortaq.event;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.ortaq.error.Invalid;
import org.ortaq.organization.OrganizationService;
import org.ortaq.web.Bearer;
import org.ortaq.web.Json;
import org.ortaq.web.OpenApi;
import org.ortaq.web.Routes;

/** {@code /api/v1/events}: events and their changes, registrations and the organizers' list as JSON and CSV. */
public final class EventApi implements Routes {
  private static final int NEXT = 5;

  private final EventService events;
  private final OrganizationService organizations;
  private final OpenApi openApi;

  public EventApi(EventService events, OrganizationService organizations, OpenApi openApi) {
    this.events = events;
    this.organizations = organizations;
    this.openApi = openApi;
    EventJson.schemas(openApi);
  }

  @Override
  public void mount(RoutesConfig routes) {
    String tag = "events";
    openApi.on(routes)
        .get("/api/v1/events", OpenApi.operation("List events, earliest first", tag)
            .query("organization", "string", "only events this organization organizes (slug)")
            .returns(200, "every event", "EventList"), this::list)
        .get("/api/v1/events/{id}", OpenApi.operation("Get an event by id or slug, with its next occurrences", tag)
            .returns(200, "the event", "Event").returns(404, "no such event", "Problem"), this::show)
        .post("/api/v1/events", OpenApi.operation("Create an event (admins or editors of every organizer)", tag)
            .requestBody("EventInput").returns(201, "created", "Event").returns(422, "invalid fields", "Problem")
            .secured(), this::create)
        .patch("/api/v1/events/{id}", OpenApi.operation("Change an event (admins or editors of every organizer): fields"
                + " left out keep their value, titles and descriptions merge per language (null removes one)", tag)
            .requestBody("EventInput").returns(200, "changed", "Event").returns(404, "no such event", "Problem")
            .returns(422, "invalid fields", "Problem").secured(), this::update)
        .delete("/api/v1/events/{id}", OpenApi.operation("Delete an event entered by mistake (admins or editors of every"
                + " organizer); one with registrations is refused: cancel it instead", tag)
            .returns(204, "deleted", "").returns(404, "no such event", "Problem")
            .returns(409, "the event has registrations", "Problem").secured(), this::delete)
        .post("/api/v1/events/{id}/cancellation", OpenApi.operation("Cancel an event: it stays, marked cancelled, with"
                + " its registrations; registration closes and the iCalendar feeds say STATUS:CANCELLED", tag)
            .returns(200, "cancelled (again: unchanged)", "Event").returns(404, "no such event", "Problem").secured(),
            this::cancel)
        .post("/api/v1/events/{id}/registrations", OpenApi.operation(
                "Register for an event (open to the public); over capacity the registration goes to the waiting list", tag)
            .requestBody("RegistrationInput").returns(201, "registered: status confirmed or waiting", "Registration")
            .returns(409, "already registered, or the event is over", "Problem")
            .returns(422, "invalid fields", "Problem"), this::register)
        .get("/api/v1/events/{id}/registrations", OpenApi.operation("The registrations (the event's organizers)", tag)
            .returns(200, "confirmed and waiting, in the order they came", "RegistrationList").secured(), this::registrations)
        .get("/api/v1/events/{id}/registrations.csv", OpenApi.operation("The registrations as CSV (the event's organizers)", tag)
            .returns(200, "text/csv with a header line", "").secured(), this::csv);
  }

  private void list(Context ctx) {
    String organization = ctx.queryParam("organization");
    List<Event> list = organization == null || organization.isBlank() ? events.all()
        : events.ofOrganization(organizations.findBySlug(organization)
            .orElseThrow(() -> new Invalid("organization", "unknown organization '" + organization + "'")).id());
    Json.write(ctx, 200, Map.of("items", list.stream().map(this::json).toList()));
  }

  private void show(Context ctx) {
    Json.write(ctx, 200, json(events.require(ctx.pathParam("id"))));
  }

  private void create(Context ctx) {
    Event created = events.create(Bearer.requireActor(ctx), Json.read(ctx, EventInput.class));
    ctx.header("Location", "/api/v1/events/" + created.id());
    Json.write(ctx, 201, json(created));
  }

  private void update(Context ctx) {
    var actor = Bearer.requireActor(ctx);
    Event event = events.require(ctx.pathParam("id"));
    EventInput patch = Json.read(ctx, EventInput.class);
    EventInput current = EventInput.of(event, id -> organizations.require(id).slug());
    Json.write(ctx, 200, json(events.update(actor, event.id(), current.with(patch))));
  }

  private void delete(Context ctx) {
    var actor = Bearer.requireActor(ctx);
    events.delete(actor, events.require(ctx.pathParam("id")).id());
    ctx.status(204);
  }

  private void cancel(Context ctx) {
    var actor = Bearer.requireActor(ctx);
    Json.write(ctx, 200, json(events.cancel(actor, events.require(ctx.pathParam("id")).id())));
  }

  private void register(Context ctx) {
    Event event = events.require(ctx.pathParam("id"));
    RegistrationInput input = Json.read(ctx, RegistrationInput.class);
    Json.write(ctx, 201, EventJson.of(events.register(event.id(), input.name(), input.email(), input.organization())));
  }

  private void registrations(Context ctx) {
    Event event = events.require(ctx.pathParam("id"));
    Json.write(ctx, 200, Map.of("items",
        events.registrations(Bearer.requireActor(ctx), event.id()).stream().map(EventJson::of).toList()));
  }

  private void csv(Context ctx) {
    Event event = events.require(ctx.pathParam("id"));
    String csv = events.registrationsCsv(Bearer.requireActor(ctx), event.id());
    ctx.contentType("text/csv; charset=utf-8")
        .header("Content-Disposition", "attachment; filename=\"" + event.slug() + "-registrations.csv\"")
        .result(csv);
  }

  private Map<String, Object> json(Event event) {
    return EventJson.of(event, organizations::require,
        Recurrence.next(event, events.now().atZone(ZoneOffset.UTC), NEXT), events.confirmed(event.id()));
  }

  record RegistrationInput(String name, String email, String organization) {}
}
