package org.ortaq.decision;

import java.util.Locale;

/** A member organization's ballot. */
public enum Choice {
  YES,
  NO,
  ABSTAIN;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Choice parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
