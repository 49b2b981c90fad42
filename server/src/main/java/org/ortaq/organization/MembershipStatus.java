package org.ortaq.organization;

import java.util.Locale;

/** How an organization takes part in the network: members vote, observers and partners do not. */
public enum MembershipStatus {
  MEMBER,
  OBSERVER,
  PARTNER;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static MembershipStatus parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
