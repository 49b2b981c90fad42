package org.ortaq.statement;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.ortaq.text.Language;

/** Reads and writes joint statements and their signatories; every statement it runs is here. */
final class StatementStore {

  long insert(Handle handle, String slug, long author, Instant deadline, Map<Language, Statement.Text> texts, Instant now) {
    long id = handle.createQuery("""
            INSERT INTO joint_statement (slug, author_id, status, deadline_at, created_at, updated_at)
            VALUES (:slug, :author, 'signing', :deadline, :now, :now)
            RETURNING id
            """)
        .bind("slug", slug).bind("author", author).bind("deadline", deadline.toEpochMilli()).bind("now", now.toEpochMilli())
        .mapTo(Long.class).one();
    texts.forEach((language, text) -> handle.createUpdate("""
            INSERT INTO joint_statement_text (statement_id, language, title, body) VALUES (:id, :language, :title, :body)
            """)
        .bind("id", id).bind("language", language.code()).bind("title", text.title()).bind("body", text.body()).execute());
    return id;
  }

  boolean slugTaken(Handle handle, String slug) {
    return handle.createQuery("SELECT COUNT(*) FROM joint_statement WHERE slug = :slug").bind("slug", slug)
        .mapTo(Long.class).one() > 0;
  }

  /** Invites an organization; nothing happens when it is already invited. */
  void invite(Handle handle, long id, long organization, Instant now) {
    handle.createUpdate("""
            INSERT INTO joint_statement_signatory (statement_id, organization_id, invited_at)
            VALUES (:id, :organization, :now)
            ON CONFLICT (statement_id, organization_id) DO NOTHING
            """)
        .bind("id", id).bind("organization", organization).bind("now", now.toEpochMilli()).execute();
  }

  /** Signs for an invited organization that has not signed yet; false otherwise. */
  boolean sign(Handle handle, long id, long organization, String by, Instant now) {
    return handle.createUpdate("""
            UPDATE joint_statement_signatory SET signed_at = :now, signed_by = :by
            WHERE statement_id = :id AND organization_id = :organization AND signed_at IS NULL
            """)
        .bind("id", id).bind("organization", organization).bind("by", by).bind("now", now.toEpochMilli()).execute() == 1;
  }

  boolean publish(Handle handle, long id, Instant now) {
    return handle.createUpdate("""
            UPDATE joint_statement SET status = 'published', published_at = :now, updated_at = :now
            WHERE id = :id AND status = 'signing'
            """)
        .bind("id", id).bind("now", now.toEpochMilli()).execute() == 1;
  }

  void touch(Handle handle, long id, Instant now) {
    handle.createUpdate("UPDATE joint_statement SET updated_at = :now WHERE id = :id")
        .bind("id", id).bind("now", now.toEpochMilli()).execute();
  }

  Optional<Statement> find(Handle handle, long id) {
    return statements(handle, "SELECT * FROM joint_statement WHERE id = :id", Map.of("id", id)).stream().findFirst();
  }

  Optional<Statement> findBySlug(Handle handle, String slug) {
    return statements(handle, "SELECT * FROM joint_statement WHERE slug = :slug", Map.of("slug", slug)).stream().findFirst();
  }

  List<Statement> all(Handle handle) {
    return statements(handle, "SELECT * FROM joint_statement ORDER BY COALESCE(published_at, created_at) DESC, id DESC",
        Map.of());
  }

  /** Published statements the organization signed, newest first. */
  List<Statement> signedBy(Handle handle, long organization) {
    return statements(handle, """
        SELECT * FROM joint_statement WHERE status = 'published' AND id IN
          (SELECT statement_id FROM joint_statement_signatory WHERE organization_id = :organization AND signed_at IS NOT NULL)
        ORDER BY published_at DESC, id DESC
        """, Map.of("organization", organization));
  }

  /** Replaces the texts and the deadline of a statement that is open for signing. */
  void rewrite(Handle handle, long id, Map<Language, Statement.Text> texts, Instant deadline, Instant now) {
    handle.createUpdate("UPDATE joint_statement SET deadline_at = :deadline, updated_at = :now WHERE id = :id")
        .bind("id", id).bind("deadline", deadline.toEpochMilli()).bind("now", now.toEpochMilli()).execute();
    handle.createUpdate("DELETE FROM joint_statement_text WHERE statement_id = :id").bind("id", id).execute();
    texts.forEach((language, text) -> handle.createUpdate("""
            INSERT INTO joint_statement_text (statement_id, language, title, body) VALUES (:id, :language, :title, :body)
            """)
        .bind("id", id).bind("language", language.code()).bind("title", text.title()).bind("body", text.body()).execute());
  }

  /** Withdraws every signature but the drafter's: the others signed words that have changed. */
  void withdrawSignatures(Handle handle, long id, long author) {
    handle.createUpdate("""
            UPDATE joint_statement_signatory SET signed_at = NULL, signed_by = ''
            WHERE statement_id = :id AND organization_id <> :author
            """)
        .bind("id", id).bind("author", author).execute();
  }

  /** Deletes a statement with its texts and signatories (ON DELETE CASCADE); false once it is published. */
  boolean deleteUnpublished(Handle handle, long id) {
    return handle.createUpdate("DELETE FROM joint_statement WHERE id = :id AND status = 'signing'").bind("id", id)
        .execute() == 1;
  }

  private List<Statement> statements(Handle handle, String sql, Map<String, Object> binds) {
    var query = handle.createQuery(sql);
    binds.forEach(query::bind);
    List<Statement> rows = query.map((row, context) -> new Statement(row.getLong("id"), row.getString("slug"),
        row.getLong("author_id"), "published".equals(row.getString("status")),
        Instant.ofEpochMilli(row.getLong("deadline_at")), row.getLong("published_at"), Map.of(), List.of(),
        Instant.ofEpochMilli(row.getLong("updated_at")))).list();
    if (rows.isEmpty()) {
      return rows;
    }
    List<Long> ids = rows.stream().map(Statement::id).toList();
    Map<Long, Map<Language, Statement.Text>> texts = new HashMap<>();
    handle.createQuery("SELECT statement_id, language, title, body FROM joint_statement_text WHERE statement_id IN (<ids>)")
        .bindList("ids", ids)
        .map((row, context) -> new Object[] {row.getLong(1), row.getString(2), new Statement.Text(row.getString(3), row.getString(4))})
        .forEach(row -> Language.of((String) row[1]).ifPresent(language -> texts
            .computeIfAbsent((Long) row[0], k -> new EnumMap<>(Language.class)).put(language, (Statement.Text) row[2])));
    Map<Long, List<Statement.Signatory>> signatories = new HashMap<>();
    handle.createQuery("""
            SELECT statement_id, organization_id, signed_at, signed_by FROM joint_statement_signatory
            WHERE statement_id IN (<ids>) ORDER BY signed_at IS NULL, signed_at, organization_id
            """)
        .bindList("ids", ids)
        .map((row, context) -> Map.entry(row.getLong(1), new Statement.Signatory(row.getLong(2), row.getLong(3), row.getString(4))))
        .forEach(entry -> signatories.computeIfAbsent(entry.getKey(), k -> new ArrayList<>()).add(entry.getValue()));
    return rows.stream().map(s -> new Statement(s.id(), s.slug(), s.authorId(), s.published(), s.deadline(),
        s.publishedAtMillis(), texts.getOrDefault(s.id(), Map.of()), signatories.getOrDefault(s.id(), List.of()),
        s.updatedAt())).toList();
  }
}
