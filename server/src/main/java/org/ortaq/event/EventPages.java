package org.ortaq.event;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.template.Item;
import org.ortaq.template.PageContext;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.theme.PageModel;
import org.ortaq.theme.PageRenderer;
import org.ortaq.web.Csrf;
import org.ortaq.web.PageResponder;
import org.ortaq.web.Routes;

/**
 * Public event pages: upcoming and past, the month calendar, the event page with JSON-LD, the
 * registration form, and the iCalendar feeds (all, per organization, per event).
 */
public final class EventPages implements Routes {
  private static final int NEXT = 5;
  private static final ZoneId CALENDAR_ZONE = ZoneId.of("Asia/Baku");

  private final EventService events;
  private final OrganizationService organizations;
  private final PageRenderer renderer;
  private final PageResponder responder;
  private final Supplier<String> publicUrl;
  private final EventView view;

  public EventPages(EventService events, OrganizationService organizations, PageRenderer renderer,
      PageResponder responder, Supplier<String> publicUrl) {
    this.events = events;
    this.organizations = organizations;
    this.renderer = renderer;
    this.responder = responder;
    this.publicUrl = publicUrl;
    this.view = new EventView(organizations::require, renderer.messages());
  }

  @Override
  public void mount(RoutesConfig routes) {
    Routes.page(routes, "/events.ics", this::allFeed);
    Routes.page(routes, "/{lang}/events/", this::list);
    routes.get("/{lang}/events", ctx -> ctx.redirect("/" + language(ctx).code() + "/events/"));
    routes.get("/{lang}/events/calendar/", ctx -> {
      ZonedDateTime now = events.now().atZone(CALENDAR_ZONE);
      ctx.redirect("/%s/events/calendar/%04d/%02d/".formatted(language(ctx).code(), now.getYear(), now.getMonthValue()));
    });
    Routes.page(routes, "/{lang}/events/calendar/{year}/{month}/", this::calendar);
    Routes.page(routes, "/{lang}/events/{slug}", this::event);
    routes.get("/{lang}/events/{slug}/register", this::registrationForm);
    routes.post("/{lang}/events/{slug}/register", this::register);
    Routes.page(routes, "/{lang}/{organization}/events.ics", this::organizationFeed);
  }

  /** The upcoming events of one organization as HTML for its page (empty when there are none). */
  public String organizationSection(Language language, long organizationId) {
    List<Occurrence> upcoming = events.upcoming(events.ofOrganization(organizationId), 1, 10);
    if (upcoming.isEmpty()) {
      return "";
    }
    var out = new StringBuilder("<section class=\"organization-events\"><h2>")
        .append(Html.escape(message(language, "events_upcoming"))).append("</h2>");
    PageContext context = renderer.context(language, "events").build();
    upcoming.forEach(o -> renderer.renderItem("eventshort.tpl", context, view.item(o, language).build(), out));
    return out.append("</section>").toString();
  }

  private void list(Context ctx) {
    Language language = language(ctx);
    responder.html(ctx, Set.of(EventService.EVENTS), () -> {
      List<Event> all = events.all();
      PageContext context = renderer.context(language, "events").build();
      var content = new StringBuilder(8192);
      content.append("<h1 class=\"list-title\">").append(Html.escape(message(language, "nav_events"))).append("</h1>");
      ZonedDateTime now = events.now().atZone(CALENDAR_ZONE);
      content.append("<p class=\"event-tools\"><a href=\"/%s/events/calendar/%04d/%02d/\">".formatted(language.code(),
              now.getYear(), now.getMonthValue())).append(Html.escape(message(language, "events_calendar")))
          .append("</a> · <a href=\"/events.ics\">iCalendar</a></p>");
      section(content, message(language, "events_upcoming"), events.upcoming(all, 3, 50), language, context);
      section(content, message(language, "events_past"), events.past(all, 50), language, context);
      String path = "/" + language.code() + "/events/";
      return renderer.renderPage(new PageModel(language, "events", message(language, "nav_events"), "", path,
          alternates(l -> "/" + l.code() + "/events/"), content.toString(), "",
          speedbar(language, message(language, "nav_events")), ""));
    });
  }

  private void section(StringBuilder content, String title, List<Occurrence> list, Language language, PageContext context) {
    content.append("<section class=\"event-list\"><h2>").append(Html.escape(title)).append("</h2>");
    if (list.isEmpty()) {
      content.append("<p class=\"message\">").append(Html.escape(message(language, "events_none"))).append("</p>");
    }
    list.forEach(o -> renderer.renderItem("eventshort.tpl", context, view.item(o, language).build(), content));
    content.append("</section>");
  }

  private void calendar(Context ctx) {
    Language language = language(ctx);
    YearMonth month;
    try {
      month = YearMonth.of(Integer.parseInt(ctx.pathParam("year")), Integer.parseInt(ctx.pathParam("month")));
    } catch (RuntimeException e) {
      throw new NotFound("calendar month");
    }
    if (month.getYear() < 1900 || month.getYear() > 2200) {
      throw new NotFound("calendar month");
    }
    responder.html(ctx, Set.of(EventService.EVENTS), () -> {
      ZonedDateTime from = month.atDay(1).atStartOfDay(CALENDAR_ZONE);
      ZonedDateTime to = month.plusMonths(1).atDay(1).atStartOfDay(CALENDAR_ZONE);
      Map<LocalDate, List<Occurrence>> byDay = new TreeMap<>();
      for (Occurrence occurrence : events.between(from, to)) {
        LocalDate day = occurrence.start().withZoneSameInstant(occurrence.event().start().getZone()).toLocalDate();
        byDay.computeIfAbsent(day, d -> new ArrayList<>()).add(occurrence);
      }
      String title = month.getMonth().getDisplayName(TextStyle.FULL_STANDALONE, language.locale()) + " " + month.getYear();
      String path = "/%s/events/calendar/%04d/%02d/";
      YearMonth previous = month.minusMonths(1);
      YearMonth next = month.plusMonths(1);
      var item = Item.builder().title(title)
          .value("calendar", grid(month, byDay, language))
          .value("previous-month-link", path.formatted(language.code(), previous.getYear(), previous.getMonthValue()))
          .value("next-month-link", path.formatted(language.code(), next.getYear(), next.getMonthValue()))
          .value("events-link", "/" + language.code() + "/events/")
          .build();
      var content = new StringBuilder();
      renderer.renderItem("eventcalendar.tpl", renderer.context(language, "events").build(), item, content);
      return renderer.renderPage(new PageModel(language, "events", title, "",
          path.formatted(language.code(), month.getYear(), month.getMonthValue()),
          alternates(l -> path.formatted(l.code(), month.getYear(), month.getMonthValue())), content.toString(), "",
          speedbar(language, title), ""));
    });
  }

  /** A month as a table of weeks from Monday, each day listing its events. */
  private String grid(YearMonth month, Map<LocalDate, List<Occurrence>> byDay, Language language) {
    var out = new StringBuilder("<table class=\"calendar\"><thead><tr>");
    for (DayOfWeek day : DayOfWeek.values()) {
      out.append("<th scope=\"col\">").append(Html.escape(day.getDisplayName(TextStyle.SHORT_STANDALONE, language.locale())))
          .append("</th>");
    }
    out.append("</tr></thead><tbody>");
    LocalDate day = month.atDay(1).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    LocalDate last = month.atEndOfMonth().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
    while (!day.isAfter(last)) {
      if (day.getDayOfWeek() == DayOfWeek.MONDAY) {
        out.append("<tr>");
      }
      boolean inMonth = YearMonth.from(day).equals(month);
      out.append("<td class=\"").append(inMonth ? "day" : "day other-month").append("\"><span class=\"day-number\">")
          .append(day.getDayOfMonth()).append("</span>");
      for (Occurrence occurrence : inMonth ? byDay.getOrDefault(day, List.of()) : List.<Occurrence>of()) {
        Event event = occurrence.event();
        out.append("<a class=\"calendar-event\" href=\"").append(Html.escape(event.path(language))).append("\">")
            .append(EventView.time(occurrence.start().withZoneSameInstant(event.start().getZone()))).append(' ')
            .append(Html.escape(view.heading(event, language))).append("</a>");
      }
      out.append("</td>");
      if (day.getDayOfWeek() == DayOfWeek.SUNDAY) {
        out.append("</tr>");
      }
      day = day.plusDays(1);
    }
    return out.append("</tbody></table>").toString();
  }

  private void event(Context ctx) {
    Language language = language(ctx);
    String slug = ctx.pathParam("slug");
    if (slug.endsWith(".ics")) {
      eventFeed(ctx, language, slug.substring(0, slug.length() - 4));
      return;
    }
    responder.html(ctx, Set.of(EventService.EVENTS, "event:" + slug), () -> {
      Event event = events.findBySlug(slug).orElseThrow(() -> new NotFound("event " + slug));
      ZonedDateTime now = events.now().atZone(ZoneOffset.UTC);
      List<Occurrence> next = Recurrence.next(event, now, NEXT);
      Occurrence shown = next.isEmpty() ? new Occurrence(event, event.start(), event.end()) : next.get(0);
      long confirmed = events.confirmed(event.id());
      boolean open = !next.isEmpty();
      boolean full = event.capacity() > 0 && confirmed >= event.capacity();
      var articles = new StringBuilder();
      for (ArticleLinks.Link link : events.linkedArticles(event)) {
        articles.append("<li><a href=\"").append(Html.escape(link.path())).append("\" hreflang=\"").append(link.language())
            .append("\">").append(Html.escape(link.title())).append("</a></li>");
      }
      String places = event.capacity() == 0 ? "" : message(language, "event_places_left") + ": "
          + Math.max(0, event.capacity() - confirmed) + " / " + event.capacity();
      var item = view.item(shown, language)
          .value("event-occurrences", event.recurring() ? view.occurrences(next, language) : "")
          .block("event-occurrences", event.recurring() && !next.isEmpty() && !event.cancelled())
          .value("event-articles", articles.toString())
          .block("event-articles", !articles.isEmpty())
          .value("event-places", Html.escape(places))
          .block("event-places", !places.isEmpty())
          .block("event-registration", open && !event.cancelled())
          .block("event-full", open && full)
          .block("event-past", !open)
          .build();
      var content = new StringBuilder();
      renderer.renderItem("event.tpl", renderer.context(language, "event").build(), item, content);
      return renderer.renderPage(new PageModel(language, "event", view.heading(event, language), "", event.path(language),
          event.languages().stream().map(l -> new PageModel.Alternate(l, event.path(l))).toList(), content.toString(), "",
          speedbar(language, event.title(language)), view.jsonLd(shown, language, publicUrl.get())
              + "<link rel=\"alternate\" type=\"text/calendar\" href=\"" + Html.escape(event.path(language)) + ".ics\">\n"));
    });
  }

  private void registrationForm(Context ctx) {
    Language language = language(ctx);
    Event event = events.findBySlug(ctx.pathParam("slug")).orElseThrow(() -> new NotFound("event"));
    ctx.header("Cache-Control", "no-store");
    ctx.html(form(ctx, language, event, "", "", "", List.of(), ""));
  }

  private void register(Context ctx) {
    Language language = language(ctx);
    Event event = events.findBySlug(ctx.pathParam("slug")).orElseThrow(() -> new NotFound("event"));
    Csrf.check(ctx);
    ctx.header("Cache-Control", "no-store");
    String name = value(ctx.formParam("name"));
    String email = value(ctx.formParam("email"));
    String organization = value(ctx.formParam("organization"));
    try {
      Registration registration = events.register(event.id(), name, email, organization);
      String done = message(language, registration.waiting() ? "event_registered_waiting" : "event_registered");
      ctx.status(201).html(form(ctx, language, event, "", "", "", List.of(), done));
    } catch (Invalid e) {
      ctx.status(422).html(form(ctx, language, event, name, email, organization, e.errors(), ""));
    } catch (org.ortaq.error.Conflict e) {
      ctx.status(409).html(form(ctx, language, event, name, email, organization,
          List.of(new Invalid.FieldError("email", e.getMessage())), ""));
    }
  }

  private String form(Context ctx, Language language, Event event, String name, String email, String organization,
      List<Invalid.FieldError> errors, String done) {
    var problems = new StringBuilder();
    errors.forEach(e -> problems.append("<li>").append(Html.escape(e.field())).append(": ")
        .append(Html.escape(e.message())).append("</li>"));
    var item = Item.builder().title(event.title(language))
        .value("event-link", Html.escape(event.path(language)))
        .value("form-action", Html.escape(event.path(language)) + "/register")
        .value("csrf-field", Csrf.FIELD)
        .value("csrf-token", Html.escape(Csrf.token(ctx)))
        .value("name", Html.escape(name)).value("email", Html.escape(email))
        .value("organization", Html.escape(organization))
        .value("errors", problems.toString()).block("errors", !errors.isEmpty())
        .value("done", Html.escape(done)).block("done", !done.isEmpty()).block("not-done", done.isEmpty())
        .build();
    var content = new StringBuilder();
    renderer.renderItem("eventregister.tpl", renderer.context(language, "event").build(), item, content);
    String title = message(language, "event_register") + ": " + event.title(language);
    return renderer.renderPage(new PageModel(language, "event", title, "", "", List.of(), content.toString(), "",
        speedbar(language, event.title(language)), "<meta name=\"robots\" content=\"noindex\">\n"));
  }

  private void allFeed(Context ctx) {
    responder.serve(ctx, EventCalendar.CONTENT_TYPE, Set.of(EventService.EVENTS), () -> EventCalendar.write(
        message(Language.AZ, "site_name"), events.all(), Language.AZ, this::absolute, events.now()));
  }

  private void organizationFeed(Context ctx) {
    Language language = language(ctx);
    Organization organization = organizations.findBySlug(ctx.pathParam("organization"))
        .orElseThrow(() -> new NotFound("organization"));
    responder.serve(ctx, EventCalendar.CONTENT_TYPE, Set.of(EventService.EVENTS), () -> EventCalendar.write(
        organization.name(language), events.ofOrganization(organization.id()), language,
        e -> publicUrl.get() + e.path(language), events.now()));
  }

  private void eventFeed(Context ctx, Language language, String slug) {
    responder.serve(ctx, EventCalendar.CONTENT_TYPE, Set.of(EventService.EVENTS, "event:" + slug), () -> {
      Event event = events.findBySlug(slug).orElseThrow(() -> new NotFound("event " + slug));
      return EventCalendar.write(event.title(language), List.of(event), language,
          e -> publicUrl.get() + e.path(language), events.now());
    });
  }

  private String absolute(Event event) {
    Language language = event.languages().isEmpty() ? Language.AZ : event.languages().get(0);
    return publicUrl.get() + event.path(language);
  }

  private String speedbar(Language language, String current) {
    return "<nav class=\"speedbar\" aria-label=\"breadcrumbs\"><a href=\"/" + language.code() + "/\">"
        + Html.escape(message(language, "nav_home")) + "</a> » <a href=\"/" + language.code() + "/events/\">"
        + Html.escape(message(language, "nav_events")) + "</a> » <span>" + Html.escape(current) + "</span></nav>";
  }

  private String message(Language language, String key) {
    return renderer.messages().get(language, key);
  }

  private static String value(String form) {
    return form == null ? "" : form;
  }

  private static List<PageModel.Alternate> alternates(java.util.function.Function<Language, String> path) {
    return Language.all().stream().map(l -> new PageModel.Alternate(l, path.apply(l))).toList();
  }

  private static Language language(Context ctx) {
    return Language.of(ctx.pathParam("lang")).orElseThrow(() -> new NotFound("language"));
  }
}
