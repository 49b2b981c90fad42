package org.ortaq.organization;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.ortaq.store.Database;

/** The directory of organizations; lookups by id are cached because every page needs them. */
public final class OrganizationService {
  private final Database database;
  private final OrganizationStore store;
  private final LoadingCache<Long, Optional<Organization>> byId;

  public OrganizationService(Database database, OrganizationStore store) {
    this.database = database;
    this.store = store;
    this.byId =
        Caffeine.newBuilder()
            .maximumSize(10_000)
            .expireAfterWrite(Duration.ofMinutes(5))
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

  public List<Organization> all() {
    return database.read(store::all);
  }

  public long count() {
    return database.read(store::count);
  }
}
