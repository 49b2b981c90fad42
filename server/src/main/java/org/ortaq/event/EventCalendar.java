package org.ortaq.event;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.fortuna.ical4j.model.Calendar;
import net.fortuna.ical4j.model.TimeZone;
import net.fortuna.ical4j.model.TimeZoneRegistry;
import net.fortuna.ical4j.model.TimeZoneRegistryFactory;
import net.fortuna.ical4j.model.component.VEvent;
import net.fortuna.ical4j.model.property.Description;
import net.fortuna.ical4j.model.property.DtStamp;
import net.fortuna.ical4j.model.property.Geo;
import net.fortuna.ical4j.model.property.Location;
import net.fortuna.ical4j.model.property.ProdId;
import net.fortuna.ical4j.model.property.RRule;
import net.fortuna.ical4j.model.property.Uid;
import net.fortuna.ical4j.model.property.Url;
import net.fortuna.ical4j.model.property.XProperty;
import net.fortuna.ical4j.model.property.immutable.ImmutableCalScale;
import net.fortuna.ical4j.model.property.immutable.ImmutableStatus;
import net.fortuna.ical4j.model.property.immutable.ImmutableVersion;
import org.jsoup.Jsoup;
import org.ortaq.text.Language;

/**
 * Writes events as an RFC 5545 iCalendar with ical4j: one VEVENT per event (a series keeps its
 * RRULE, so calendar programs expand it), each with the VTIMEZONE of its zone; a cancelled event
 * stays with STATUS:CANCELLED, so subscribed calendars mark it rather than lose it silently.
 */
final class EventCalendar {
  static final String CONTENT_TYPE = "text/calendar; charset=utf-8";
  private static final TimeZoneRegistry ZONES = TimeZoneRegistryFactory.getInstance().createRegistry();

  private EventCalendar() {}

  /**
   * @param url the absolute URL of an event's page
   */
  static String write(String name, List<Event> events, Language language, Function<Event, String> url, Instant now) {
    Calendar calendar = new Calendar();
    calendar.add(new ProdId("-//Ortaq//Events//" + language.code().toUpperCase(java.util.Locale.ROOT)));
    calendar.add(ImmutableVersion.VERSION_2_0);
    calendar.add(ImmutableCalScale.GREGORIAN);
    calendar.add(new XProperty("X-WR-CALNAME", name));
    Set<String> zones = new LinkedHashSet<>();
    events.forEach(event -> zones.add(event.start().getZone().getId()));
    for (String zone : zones) {
      TimeZone timeZone = ZONES.getTimeZone(zone);
      if (timeZone != null) {
        calendar.add(timeZone.getVTimeZone());
      }
    }
    for (Event event : events) {
      VEvent vevent = new VEvent(event.start(), event.end(), event.title(language));
      vevent.add(new Uid("event-" + event.id() + "@ortaq"));
      vevent.add(new DtStamp(now.truncatedTo(java.time.temporal.ChronoUnit.SECONDS)));
      if (event.recurring()) {
        vevent.add(new RRule<>(event.rrule()));
      }
      if (event.cancelled()) {
        vevent.add(ImmutableStatus.VEVENT_CANCELLED);
      }
      String place = event.venue().line();
      if (!place.isEmpty() || !event.onlineUrl().isEmpty()) {
        vevent.add(new Location(place.isEmpty() ? event.onlineUrl() : place));
      }
      String description = Jsoup.parse(event.text(language).description()).text();
      if (!description.isEmpty()) {
        vevent.add(new Description(description));
      }
      vevent.add(new Url(URI.create(url.apply(event))));
      if (event.venue().located()) {
        vevent.add(new Geo(BigDecimal.valueOf(event.venue().latitude()), BigDecimal.valueOf(event.venue().longitude())));
      }
      calendar.add(vevent);
    }
    return calendar.toString();
  }
}
