package org.ortaq.account;

import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.ortaq.access.Role;

/** Reads and writes users, memberships and API tokens; every statement it runs is in this file. */
public final class AccountStore {

  long insertUser(Handle handle, String email, String displayName, boolean admin, String language, Instant now) {
    return handle
        .createQuery(
            """
            INSERT INTO app_user (email, display_name, platform_admin, preferred_language, created_at)
            VALUES (:email, :name, :admin, :language, :now) RETURNING id
            """)
        .bind("email", email)
        .bind("name", displayName)
        .bind("admin", admin)
        .bind("language", language)
        .bind("now", now.toEpochMilli())
        .mapTo(Long.class)
        .one();
  }

  public void addRole(Handle handle, long userId, long organizationId, Role role) {
    handle
        .createUpdate(
            """
            INSERT INTO membership (user_id, organization_id, role) VALUES (:user, :organization, :role)
            ON CONFLICT (user_id, organization_id, role) DO NOTHING
            """)
        .bind("user", userId)
        .bind("organization", organizationId)
        .bind("role", role.code())
        .execute();
  }

  public Optional<User> findByEmail(Handle handle, String email) {
    return handle
        .createQuery("SELECT id FROM app_user WHERE email = :email")
        .bind("email", email)
        .mapTo(Long.class)
        .findOne()
        .flatMap(id -> find(handle, id));
  }

  public Optional<User> find(Handle handle, long id) {
    Map<Long, Set<Role>> roles = new HashMap<>();
    handle
        .createQuery("SELECT organization_id, role FROM membership WHERE user_id = :id")
        .bind("id", id)
        .mapToMap()
        .forEach(row -> Role.of((String) row.get("role")).ifPresent(role ->
            roles.computeIfAbsent(((Number) row.get("organization_id")).longValue(), k -> EnumSet.noneOf(Role.class)).add(role)));
    return handle
        .createQuery("SELECT id, email, display_name, platform_admin, preferred_language FROM app_user WHERE id = :id")
        .bind("id", id)
        .map((row, context) -> new User(row.getLong("id"), row.getString("email"), row.getString("display_name"),
            row.getBoolean("platform_admin"), row.getString("preferred_language"), roles))
        .findOne();
  }

  long insertToken(Handle handle, long userId, String name, String hash, Instant now) {
    return handle
        .createQuery(
            """
            INSERT INTO api_token (user_id, name, token_hash, created_at) VALUES (:user, :name, :hash, :now)
            RETURNING id
            """)
        .bind("user", userId)
        .bind("name", name)
        .bind("hash", hash)
        .bind("now", now.toEpochMilli())
        .mapTo(Long.class)
        .one();
  }

  /** The user a live (not revoked) token belongs to. */
  Optional<Long> userOfToken(Handle handle, String hash) {
    return handle
        .createQuery("SELECT user_id FROM api_token WHERE token_hash = :hash AND revoked_at IS NULL")
        .bind("hash", hash)
        .mapTo(Long.class)
        .findOne();
  }

  List<String> emails(Handle handle) {
    return handle.createQuery("SELECT email FROM app_user ORDER BY email").mapTo(String.class).list();
  }
}
