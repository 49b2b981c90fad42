package org.ortaq.decision;

import java.util.Locale;

/** Where a joint decision stands: draft → discussion → voting → adopted or rejected → in implementation → implemented. */
public enum DecisionStatus {
  DRAFT,
  DISCUSSION,
  VOTING,
  ADOPTED,
  REJECTED,
  IMPLEMENTING,
  IMPLEMENTED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static DecisionStatus parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }

  /** Adopted and on its way: it has a number in the register. */
  public boolean adopted() {
    return this == ADOPTED || this == IMPLEMENTING || this == IMPLEMENTED;
  }
}
