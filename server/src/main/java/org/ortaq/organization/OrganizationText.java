package org.ortaq.organization;

import java.util.Objects;

/** An organization's name and description in one language. */
public record OrganizationText(String name, String description) {
  public OrganizationText {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    if (name.isBlank()) {
      throw new IllegalArgumentException("an organization needs a name");
    }
  }
}
