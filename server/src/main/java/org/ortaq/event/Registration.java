package org.ortaq.event;

import java.time.Instant;

/** One person's registration for an event; {@code waiting} when it came after the event was full. */
public record Registration(long id, long eventId, String name, String email, String organization,
    boolean waiting, Instant createdAt) {

  public String status() {
    return waiting ? "waiting" : "confirmed";
  }
}
