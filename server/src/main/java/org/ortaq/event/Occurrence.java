package org.ortaq.event;

import java.time.ZonedDateTime;

/** One time an event takes place: the event itself, or one date of a recurring series. */
public record Occurrence(Event event, ZonedDateTime start, ZonedDateTime end) {}
