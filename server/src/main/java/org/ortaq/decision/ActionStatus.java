package org.ortaq.decision;

import java.util.Locale;

/** How far an action item of an adopted decision has come. */
public enum ActionStatus {
  OPEN,
  IN_PROGRESS,
  DONE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ActionStatus parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
