package org.ortaq.access;

import java.util.Locale;
import java.util.Optional;

/** What a person may do for one organization. */
public enum Role {
  /** Manages the organization's profile, members and theme; also edits and publishes. */
  ADMIN,
  /** Publishes, schedules and shares. */
  EDITOR,
  /** Writes drafts and submits them for review. */
  AUTHOR,
  /** Votes for the organization in joint decisions. */
  REPRESENTATIVE;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Optional<Role> of(String code) {
    for (Role role : values()) {
      if (role.code().equals(code)) {
        return Optional.of(role);
      }
    }
    return Optional.empty();
  }
}
