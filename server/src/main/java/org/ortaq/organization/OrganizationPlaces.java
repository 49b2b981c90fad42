package org.ortaq.organization;

import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.error.Forbidden;
import org.ortaq.error.Invalid;
import org.ortaq.store.Changes;
import org.ortaq.store.Database;

/** Where organizations are, for the directory's map: coordinates that their admins set. */
public final class OrganizationPlaces {
  private final Database database;
  private final Changes changes;
  private final Clock clock;

  public OrganizationPlaces(Database database, Changes changes, Clock clock) {
    this.database = database;
    this.changes = changes;
    this.clock = clock;
  }

  /** A point on the map. */
  public record Place(double latitude, double longitude) {
    public Place {
      if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180 || Double.isNaN(latitude) || Double.isNaN(longitude)) {
        throw new Invalid("latitude", "must be within -90..90 and -180..180");
      }
    }
  }

  /** The coordinates of every organization that has them. */
  public Map<Long, Place> all() {
    return database.read(handle -> {
      Map<Long, Place> places = new HashMap<>();
      handle.createQuery("SELECT id, latitude, longitude FROM organization WHERE latitude IS NOT NULL AND longitude IS NOT NULL")
          .map((row, context) -> Map.entry(row.getLong("id"), new Place(row.getDouble("latitude"), row.getDouble("longitude"))))
          .forEach(entry -> places.put(entry.getKey(), entry.getValue()));
      return places;
    });
  }

  /** Sets where organization {@code id} is (its admins). */
  public void locate(Actor actor, long id, Place place) {
    if (!actor.has(id, Role.ADMIN)) {
      throw new Forbidden("only an admin of the organization may set its location");
    }
    Set<String> keys = Set.of(OrganizationDirectory.DIRECTORY);
    database.inTransaction(handle -> {
      locate(handle, id, place);
      changes.record(handle, "organization.located", id, keys, clock.instant());
      return id;
    });
    changes.announce(keys);
  }

  /** Sets the coordinates inside the caller's transaction (demo content). */
  public static void locate(Handle handle, long id, Place place) {
    handle.createUpdate("UPDATE organization SET latitude = :latitude, longitude = :longitude WHERE id = :id")
        .bind("id", id).bind("latitude", place.latitude()).bind("longitude", place.longitude()).execute();
  }
}
