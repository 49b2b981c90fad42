package org.ortaq.access;

import java.util.Map;
import java.util.Set;

/**
 * Who is asking: a user with roles per organization, or a platform administrator. Features ask it
 * before every change; {@link #ANONYMOUS} may only read what is public.
 */
public record Actor(long userId, String name, boolean platformAdmin, Map<Long, Set<Role>> roles) {
  public static final Actor ANONYMOUS = new Actor(0, "anonymous", false, Map.of());

  public Actor {
    roles = Map.copyOf(roles);
  }

  public boolean authenticated() {
    return userId != 0;
  }

  /** True when the actor holds one of {@code wanted} for the organization, or is a platform admin. */
  public boolean has(long organizationId, Role... wanted) {
    if (platformAdmin) {
      return true;
    }
    Set<Role> held = roles.getOrDefault(organizationId, Set.of());
    for (Role role : wanted) {
      if (held.contains(role)) {
        return true;
      }
    }
    return false;
  }

  /** May write drafts for the organization. */
  public boolean writesFor(long organizationId) {
    return has(organizationId, Role.ADMIN, Role.EDITOR, Role.AUTHOR);
  }

  /** May publish, schedule, share and delete for the organization. */
  public boolean publishesFor(long organizationId) {
    return has(organizationId, Role.ADMIN, Role.EDITOR);
  }

  /** May see the organization's unpublished work. */
  public boolean seesDraftsOf(long organizationId) {
    return writesFor(organizationId);
  }
}
