package org.ortaq.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/** Sessions, passwords and invitations; every statement it runs is in this file. */
final class SignInStore {

  void setPassword(Handle handle, long userId, String hash) {
    handle.createUpdate("UPDATE app_user SET password_hash = :hash WHERE id = :id")
        .bind("id", userId).bind("hash", hash).execute();
  }

  Optional<String> passwordHash(Handle handle, long userId) {
    return handle.createQuery("SELECT password_hash FROM app_user WHERE id = :id")
        .bind("id", userId).mapTo(String.class).findOne();
  }

  void insertSession(Handle handle, String idHash, long userId, String csrf, Instant now, Instant expires) {
    handle.createUpdate(
            """
            INSERT INTO user_session (id_hash, user_id, csrf_token, created_at, expires_at)
            VALUES (:id, :user, :csrf, :now, :expires)
            """)
        .bind("id", idHash).bind("user", userId).bind("csrf", csrf)
        .bind("now", now.toEpochMilli()).bind("expires", expires.toEpochMilli()).execute();
  }

  Optional<SessionRow> session(Handle handle, String idHash, Instant now) {
    return handle.createQuery(
            "SELECT user_id, csrf_token FROM user_session WHERE id_hash = :id AND expires_at > :now")
        .bind("id", idHash).bind("now", now.toEpochMilli())
        .map((row, context) -> new SessionRow(row.getLong("user_id"), row.getString("csrf_token")))
        .findOne();
  }

  void deleteSession(Handle handle, String idHash) {
    handle.createUpdate("DELETE FROM user_session WHERE id_hash = :id").bind("id", idHash).execute();
  }

  void deleteSessionsOf(Handle handle, long userId, String keepIdHash) {
    handle.createUpdate("DELETE FROM user_session WHERE user_id = :user AND id_hash <> :keep")
        .bind("user", userId).bind("keep", keepIdHash).execute();
  }

  long insertInvitation(Handle handle, String tokenHash, long organizationId, String email, String role,
      long invitedBy, Instant now, Instant expires) {
    return handle.createQuery(
            """
            INSERT INTO invitation (token_hash, organization_id, email, role, invited_by, created_at, expires_at)
            VALUES (:token, :organization, :email, :role, :by, :now, :expires) RETURNING id
            """)
        .bind("token", tokenHash).bind("organization", organizationId).bind("email", email).bind("role", role)
        .bind("by", invitedBy).bind("now", now.toEpochMilli()).bind("expires", expires.toEpochMilli())
        .mapTo(Long.class).one();
  }

  Optional<Invitation> invitation(Handle handle, String tokenHash) {
    return handle.createQuery(
            "SELECT id, organization_id, email, role, expires_at, accepted_at FROM invitation WHERE token_hash = :token")
        .bind("token", tokenHash)
        .map((row, context) -> new Invitation(row.getLong("id"), row.getLong("organization_id"), row.getString("email"),
            row.getString("role"), Instant.ofEpochMilli(row.getLong("expires_at")),
            row.getObject("accepted_at") != null))
        .findOne();
  }

  List<Invitation> openInvitations(Handle handle, long organizationId, Instant now) {
    return handle.createQuery(
            """
            SELECT id, organization_id, email, role, expires_at, accepted_at FROM invitation
            WHERE organization_id = :organization AND accepted_at IS NULL AND expires_at > :now ORDER BY id
            """)
        .bind("organization", organizationId).bind("now", now.toEpochMilli())
        .map((row, context) -> new Invitation(row.getLong("id"), row.getLong("organization_id"), row.getString("email"),
            row.getString("role"), Instant.ofEpochMilli(row.getLong("expires_at")), false))
        .list();
  }

  void accept(Handle handle, long invitationId, Instant now) {
    handle.createUpdate("UPDATE invitation SET accepted_at = :now WHERE id = :id")
        .bind("id", invitationId).bind("now", now.toEpochMilli()).execute();
  }

  /** The members of an organization: user, name, email, role. */
  List<Member> members(Handle handle, long organizationId) {
    return handle.createQuery(
            """
            SELECT u.id, u.display_name, u.email, m.role FROM membership m JOIN app_user u ON u.id = m.user_id
            WHERE m.organization_id = :organization ORDER BY u.display_name, m.role
            """)
        .bind("organization", organizationId)
        .map((row, context) -> new Member(row.getLong("id"), row.getString("display_name"), row.getString("email"),
            row.getString("role")))
        .list();
  }

  record SessionRow(long userId, String csrf) {}

  /** An invitation to join an organization with a role. */
  record Invitation(long id, long organizationId, String email, String role, Instant expiresAt, boolean accepted) {}
}
