package org.ortaq.event;

import java.util.Locale;

/** What kind of gathering an event is. */
public enum EventKind {
  FORUM,
  CONFERENCE,
  EXHIBITION,
  MEETING,
  ONLINE,
  SIGNING;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static EventKind parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
