package org.ortaq.account;

import java.util.Map;
import java.util.Set;
import org.ortaq.access.Role;

/** A person with an account: their roles per organization, and whether they run the platform. */
public record User(long id, String email, String displayName, boolean platformAdmin, String preferredLanguage,
    Map<Long, Set<Role>> roles) {
  public User {
    roles = Map.copyOf(roles);
  }
}
