package org.ortaq.organization;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.error.Conflict;
import org.ortaq.error.Forbidden;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.store.AuditLog;
import org.ortaq.store.Changes;
import org.ortaq.store.Database;

/** The directory of organizations; lookups by id are cached because every page needs them. */
public final class OrganizationService {
  /** The cache key that means "every page": organization names appear on all of them. */
  public static final String EVERY_PAGE = "*";

  private final Database database;
  private final OrganizationStore store;
  private final Changes changes;
  private final AuditLog audit;
  private final Clock clock;
  private final LoadingCache<Long, Optional<Organization>> byId;

  public OrganizationService(Database database, OrganizationStore store, Changes changes, AuditLog audit,
      Clock clock) {
    this.database = database;
    this.store = store;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
    this.byId = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofMinutes(5))
        .build(id -> database.read(handle -> store.find(handle, id)));
  }

  public Optional<Organization> find(long id) {
    return byId.get(id);
  }

  /** The organization with {@code id}; it must exist (articles reference it by foreign key). */
  public Organization require(long id) {
    return find(id).orElseThrow(() -> new IllegalStateException("no organization " + id));
  }

  public Optional<Organization> findBySlug(String slug) {
    return database.read(handle -> store.findBySlug(handle, slug));
  }

  /**
   * The organization a request names in {@code field} by slug; when the slug is missing or unknown,
   * a field error is added to {@code errors} and the answer is empty.
   */
  public Optional<Organization> referenced(String slug, String field, List<Invalid.FieldError> errors) {
    if (slug == null || slug.isBlank()) {
      errors.add(new Invalid.FieldError(field, "is required (an organization's slug)"));
      return Optional.empty();
    }
    Optional<Organization> found = findBySlug(slug.strip());
    if (found.isEmpty()) {
      errors.add(new Invalid.FieldError(field, "unknown organization '" + slug + "'"));
    }
    return found;
  }

  public List<Organization> all() {
    return database.read(store::all);
  }

  public long count() {
    return database.read(store::count);
  }

  /** Creates an organization; platform administrators only. */
  public Organization create(Actor actor, OrganizationInput input) {
    if (!actor.platformAdmin()) {
      throw new Forbidden("only a platform administrator may create organizations");
    }
    NewOrganization organization = OrganizationRules.check(input, null);
    return write(handle -> {
      if (store.slugTaken(handle, organization.slug(), 0)) {
        throw new Invalid("slug", "'" + organization.slug() + "' is already taken");
      }
      return store.insert(handle, organization, clock.instant());
    }, "organization.created", actor);
  }

  /** Changes an organization's profile; its admins and platform administrators. */
  public Organization update(Actor actor, long id, OrganizationInput input) {
    Organization before = find(id).orElseThrow(() -> new NotFound("organization", id));
    if (!actor.has(id, Role.ADMIN)) {
      throw new Forbidden("only an admin of " + before.slug() + " may change its profile");
    }
    NewOrganization after = OrganizationRules.check(input, before);
    return write(handle -> {
      if (store.slugTaken(handle, after.slug(), id)) {
        throw new Invalid("slug", "'" + after.slug() + "' is already taken");
      }
      store.update(handle, id, after, clock.instant());
      return id;
    }, "organization.updated", actor);
  }

  /** Switches the theme of an organization's pages; its admins, among the themes that exist. */
  public Organization chooseTheme(Actor actor, long id, String theme, List<String> available) {
    Organization organization = find(id).orElseThrow(() -> new NotFound("organization", id));
    if (!actor.has(id, Role.ADMIN)) {
      throw new Forbidden("only an admin of " + organization.slug() + " may choose its theme");
    }
    if (!available.contains(theme)) {
      throw new Invalid("theme", "unknown theme '" + theme + "'");
    }
    return write(handle -> {
      store.setTheme(handle, id, theme);
      return id;
    }, "organization.theme", actor);
  }

  /** Deletes an organization that nothing refers to; platform administrators only. */
  public void delete(Actor actor, long id) {
    if (!actor.platformAdmin()) {
      throw new Forbidden("only a platform administrator may delete organizations");
    }
    find(id).orElseThrow(() -> new NotFound("organization", id));
    writeOnly(handle -> {
      if (store.inUse(handle, id)) {
        throw new Conflict("the organization still has articles, events, decisions or statements; it can be archived, not deleted");
      }
      store.delete(handle, id);
      return id;
    }, "organization.deleted", actor);
  }

  private Organization write(org.jdbi.v3.core.HandleCallback<Long, RuntimeException> work, String kind, Actor actor) {
    long id = writeOnly(work, kind, actor);
    return find(id).orElseThrow(() -> new NotFound("organization", id));
  }

  /** Runs a change with its outbox row and audit entry, then announces that every page changed. */
  private long writeOnly(org.jdbi.v3.core.HandleCallback<Long, RuntimeException> work, String kind, Actor actor) {
    long id = database.inTransaction(handle -> {
      long changed = work.withHandle(handle);
      Optional<Organization> before = byId.getIfPresent(changed) == null ? Optional.empty() : byId.getIfPresent(changed);
      changes.record(handle, kind, changed, Set.of(EVERY_PAGE), clock.instant());
      audit.record(handle, actor, changed, kind, "organization", changed, before.orElse(null),
          store.find(handle, changed).orElse(null));
      return changed;
    });
    byId.invalidate(id);
    changes.announce(Set.of(EVERY_PAGE));
    return id;
  }
}
