package org.ortaq.decision;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.StatementContext;
import org.ortaq.text.Language;

/** Reads and writes decisions, ballots, comments and action items; every statement is here. */
final class DecisionStore {

  long insert(Handle handle, long proposer, List<Long> sponsors, String area, VotingRule rule, int quorum,
      Map<Language, Decision.Text> texts, Instant now) {
    long id = handle.createQuery("""
            INSERT INTO decision (proposer_id, area, status, rule, quorum, created_at, updated_at)
            VALUES (:proposer, :area, 'draft', :rule, :quorum, :now, :now)
            RETURNING id
            """)
        .bind("proposer", proposer).bind("area", area).bind("rule", rule.code()).bind("quorum", quorum)
        .bind("now", now.toEpochMilli()).mapTo(Long.class).one();
    texts.forEach((language, text) -> handle.createUpdate("""
            INSERT INTO decision_text (decision_id, language, title, body) VALUES (:id, :language, :title, :body)
            """)
        .bind("id", id).bind("language", language.code()).bind("title", text.title()).bind("body", text.body()).execute());
    for (long sponsor : sponsors) {
      handle.createUpdate("INSERT INTO decision_sponsor (decision_id, organization_id) VALUES (:id, :sponsor)")
          .bind("id", id).bind("sponsor", sponsor).execute();
    }
    return id;
  }

  /** Moves {@code id} from {@code from} to {@code to}; false when it was no longer in {@code from}. */
  boolean transition(Handle handle, long id, DecisionStatus from, DecisionStatus to, Instant now) {
    return handle.createUpdate("UPDATE decision SET status = :to, updated_at = :now WHERE id = :id AND status = :from")
        .bind("id", id).bind("from", from.code()).bind("to", to.code()).bind("now", now.toEpochMilli()).execute() == 1;
  }

  void openVoting(Handle handle, long id, Instant closesAt, int eligible, Instant now) {
    handle.createUpdate("""
            UPDATE decision SET status = 'voting', voting_closes_at = :closes, eligible = :eligible, updated_at = :now
            WHERE id = :id
            """)
        .bind("id", id).bind("closes", closesAt.toEpochMilli()).bind("eligible", eligible)
        .bind("now", now.toEpochMilli()).execute();
  }

  /** Casts or replaces the organization's ballot: the primary key keeps one per organization. */
  void castBallot(Handle handle, long id, long organization, Choice choice, String statement, String by, Instant now) {
    handle.createUpdate("""
            INSERT INTO ballot (decision_id, organization_id, choice, statement, cast_by, cast_at)
            VALUES (:id, :organization, :choice, :statement, :by, :now)
            ON CONFLICT (decision_id, organization_id)
            DO UPDATE SET choice = excluded.choice, statement = excluded.statement, cast_by = excluded.cast_by,
                          cast_at = excluded.cast_at
            """)
        .bind("id", id).bind("organization", organization).bind("choice", choice.code()).bind("statement", statement)
        .bind("by", by).bind("now", now.toEpochMilli()).execute();
  }

  /** Counts the ballots and stores the tally on the decision row. */
  Decision.Tally recount(Handle handle, long id, Instant now) {
    Map<String, Integer> counts = new HashMap<>();
    handle.createQuery("SELECT choice, COUNT(*) AS n FROM ballot WHERE decision_id = :id GROUP BY choice")
        .bind("id", id).map((row, context) -> Map.entry(row.getString("choice"), row.getInt("n")))
        .forEach(entry -> counts.put(entry.getKey(), entry.getValue()));
    int yes = counts.getOrDefault("yes", 0);
    int no = counts.getOrDefault("no", 0);
    int abstain = counts.getOrDefault("abstain", 0);
    handle.createUpdate("""
            UPDATE decision SET yes_votes = :yes, no_votes = :no, abstentions = :abstain, updated_at = :now WHERE id = :id
            """)
        .bind("id", id).bind("yes", yes).bind("no", no).bind("abstain", abstain).bind("now", now.toEpochMilli()).execute();
    int eligible = handle.createQuery("SELECT eligible FROM decision WHERE id = :id").bind("id", id).mapTo(Integer.class).one();
    return new Decision.Tally(yes, no, abstain, eligible);
  }

  /** Closes the vote with its outcome, once: false when another node or thread closed it first. */
  boolean close(Handle handle, long id, DecisionStatus outcome, int year, int seq, Instant now) {
    return handle.createUpdate("""
            UPDATE decision SET status = :status, number_year = :year, number_seq = :seq, decided_at = :now,
                   updated_at = :now
            WHERE id = :id AND status = 'voting'
            """)
        .bind("id", id).bind("status", outcome.code()).bind("year", year == 0 ? null : year)
        .bind("seq", seq == 0 ? null : seq).bind("now", now.toEpochMilli()).execute() == 1;
  }

  /** The next register number of {@code year}; the counter row stays locked until the transaction ends. */
  int nextNumber(Handle handle, int year) {
    return handle.createQuery("""
            INSERT INTO decision_counter (year, last) VALUES (:year, 1)
            ON CONFLICT (year) DO UPDATE SET last = decision_counter.last + 1
            RETURNING last
            """)
        .bind("year", year).mapTo(Integer.class).one();
  }

  List<Long> due(Handle handle, Instant now) {
    return handle.createQuery("SELECT id FROM decision WHERE status = 'voting' AND voting_closes_at <= :now ORDER BY id")
        .bind("now", now.toEpochMilli()).mapTo(Long.class).list();
  }

  void lock(Handle handle, long id) {
    handle.createUpdate("UPDATE decision SET updated_at = updated_at WHERE id = :id").bind("id", id).execute();
  }

  Optional<Decision> find(Handle handle, long id) {
    return decisions(handle, "SELECT * FROM decision WHERE id = :id", Map.of("id", id)).stream().findFirst();
  }

  List<Decision> all(Handle handle) {
    return decisions(handle, "SELECT * FROM decision ORDER BY id DESC", Map.of());
  }

  /** Decisions the organization proposed, sponsors or cast a ballot on. */
  List<Decision> ofOrganization(Handle handle, long organization) {
    return decisions(handle, """
        SELECT * FROM decision WHERE proposer_id = :organization
           OR id IN (SELECT decision_id FROM decision_sponsor WHERE organization_id = :organization)
           OR id IN (SELECT decision_id FROM ballot WHERE organization_id = :organization)
        ORDER BY id DESC
        """, Map.of("organization", organization));
  }

  List<Ballot> ballots(Handle handle, long id) {
    return handle.createQuery("SELECT * FROM ballot WHERE decision_id = :id ORDER BY cast_at, organization_id")
        .bind("id", id)
        .map((row, context) -> new Ballot(row.getLong("organization_id"), Choice.parse(row.getString("choice")),
            row.getString("statement"), row.getString("cast_by"), Instant.ofEpochMilli(row.getLong("cast_at"))))
        .list();
  }

  void comment(Handle handle, long id, long organization, String author, String body, Instant now) {
    handle.createUpdate("""
            INSERT INTO decision_comment (decision_id, organization_id, author, body, created_at)
            VALUES (:id, :organization, :author, :body, :now)
            """)
        .bind("id", id).bind("organization", organization).bind("author", author).bind("body", body)
        .bind("now", now.toEpochMilli()).execute();
  }

  List<Comment> comments(Handle handle, long id) {
    return handle.createQuery("SELECT * FROM decision_comment WHERE decision_id = :id ORDER BY created_at, id")
        .bind("id", id)
        .map((row, context) -> new Comment(row.getLong("id"), row.getLong("organization_id"), row.getString("author"),
            row.getString("body"), Instant.ofEpochMilli(row.getLong("created_at"))))
        .list();
  }

  long addAction(Handle handle, long id, long owner, String title, LocalDate due, Instant now) {
    return handle.createQuery("""
            INSERT INTO action_item (decision_id, owner_id, title, due_on, status, created_at, updated_at)
            VALUES (:id, :owner, :title, :due, 'open', :now, :now)
            RETURNING id
            """)
        .bind("id", id).bind("owner", owner).bind("title", title).bind("due", due.toString())
        .bind("now", now.toEpochMilli()).mapTo(Long.class).one();
  }

  void setActionStatus(Handle handle, long action, ActionStatus status, Instant now) {
    handle.createUpdate("UPDATE action_item SET status = :status, updated_at = :now WHERE id = :id")
        .bind("id", action).bind("status", status.code()).bind("now", now.toEpochMilli()).execute();
  }

  void addNote(Handle handle, long action, String author, String body, Instant now) {
    handle.createUpdate("INSERT INTO action_note (action_item_id, author, body, created_at) VALUES (:id, :author, :body, :now)")
        .bind("id", action).bind("author", author).bind("body", body).bind("now", now.toEpochMilli()).execute();
  }

  Optional<ActionItem> action(Handle handle, long action) {
    return actions(handle, "SELECT * FROM action_item WHERE id = :id", Map.of("id", action)).stream().findFirst();
  }

  List<ActionItem> actions(Handle handle, long decision) {
    return actions(handle, "SELECT * FROM action_item WHERE decision_id = :id ORDER BY due_on, id", Map.of("id", decision));
  }

  /** Rewrites a proposal's area, rule, quorum, texts and sponsors (ProposalEditor checks the state first). */
  void rewrite(Handle handle, long id, String area, VotingRule rule, int quorum, Map<Language, Decision.Text> texts,
      List<Long> sponsors, Instant now) {
    handle.createUpdate("UPDATE decision SET area = :area, rule = :rule, quorum = :quorum, updated_at = :now WHERE id = :id")
        .bind("id", id).bind("area", area).bind("rule", rule.code()).bind("quorum", quorum)
        .bind("now", now.toEpochMilli()).execute();
    handle.createUpdate("DELETE FROM decision_text WHERE decision_id = :id").bind("id", id).execute();
    texts.forEach((language, text) -> handle.createUpdate("""
            INSERT INTO decision_text (decision_id, language, title, body) VALUES (:id, :language, :title, :body)
            """)
        .bind("id", id).bind("language", language.code()).bind("title", text.title()).bind("body", text.body()).execute());
    handle.createUpdate("DELETE FROM decision_sponsor WHERE decision_id = :id").bind("id", id).execute();
    for (long sponsor : sponsors) {
      handle.createUpdate("INSERT INTO decision_sponsor (decision_id, organization_id) VALUES (:id, :sponsor)")
          .bind("id", id).bind("sponsor", sponsor).execute();
    }
  }

  /** Deletes a draft with its texts and sponsors (ON DELETE CASCADE); false when it is no longer a draft. */
  boolean deleteDraft(Handle handle, long id) {
    return handle.createUpdate("DELETE FROM decision WHERE id = :id AND status = 'draft'").bind("id", id).execute() == 1;
  }

  private List<ActionItem> actions(Handle handle, String sql, Map<String, Object> binds) {
    var query = handle.createQuery(sql);
    binds.forEach(query::bind);
    List<ActionItem> items = query.map((row, context) -> new ActionItem(row.getLong("id"), row.getLong("decision_id"),
        row.getLong("owner_id"), row.getString("title"), LocalDate.parse(row.getString("due_on")),
        ActionStatus.parse(row.getString("status")), List.of())).list();
    var out = new ArrayList<ActionItem>();
    for (ActionItem item : items) {
      List<ActionItem.Note> notes = handle.createQuery("SELECT * FROM action_note WHERE action_item_id = :id ORDER BY created_at, id")
          .bind("id", item.id())
          .map((row, context) -> new ActionItem.Note(row.getLong("id"), row.getString("author"), row.getString("body"),
              Instant.ofEpochMilli(row.getLong("created_at"))))
          .list();
      out.add(new ActionItem(item.id(), item.decisionId(), item.ownerId(), item.title(), item.dueOn(), item.status(), notes));
    }
    return out;
  }

  private List<Decision> decisions(Handle handle, String sql, Map<String, Object> binds) {
    var query = handle.createQuery(sql);
    binds.forEach(query::bind);
    List<Decision> rows = query.map(DecisionStore::decision).list();
    if (rows.isEmpty()) {
      return rows;
    }
    List<Long> ids = rows.stream().map(Decision::id).toList();
    Map<Long, Map<Language, Decision.Text>> texts = new HashMap<>();
    handle.createQuery("SELECT decision_id, language, title, body FROM decision_text WHERE decision_id IN (<ids>)")
        .bindList("ids", ids)
        .map((row, context) -> new Object[] {row.getLong(1), row.getString(2), new Decision.Text(row.getString(3), row.getString(4))})
        .forEach(row -> Language.of((String) row[1]).ifPresent(language -> texts
            .computeIfAbsent((Long) row[0], k -> new EnumMap<>(Language.class)).put(language, (Decision.Text) row[2])));
    Map<Long, List<Long>> sponsors = new HashMap<>();
    handle.createQuery("SELECT decision_id, organization_id FROM decision_sponsor WHERE decision_id IN (<ids>) ORDER BY organization_id")
        .bindList("ids", ids).map((row, context) -> new long[] {row.getLong(1), row.getLong(2)})
        .forEach(pair -> sponsors.computeIfAbsent(pair[0], k -> new ArrayList<>()).add(pair[1]));
    return rows.stream().map(d -> new Decision(d.id(), d.proposerId(), sponsors.getOrDefault(d.id(), List.of()), d.area(),
        d.status(), d.rule(), d.quorum(), d.closesAtMillis(), d.numberYear(), d.numberSeq(), d.tally(),
        texts.getOrDefault(d.id(), Map.of()), d.createdAt())).toList();
  }

  private static Decision decision(ResultSet row, StatementContext context) throws SQLException {
    return new Decision(row.getLong("id"), row.getLong("proposer_id"), List.of(), row.getString("area"),
        DecisionStatus.parse(row.getString("status")), VotingRule.parse(row.getString("rule")), row.getInt("quorum"),
        row.getLong("voting_closes_at"), row.getInt("number_year"), row.getInt("number_seq"),
        new Decision.Tally(row.getInt("yes_votes"), row.getInt("no_votes"), row.getInt("abstentions"), row.getInt("eligible")),
        Map.of(), Instant.ofEpochMilli(row.getLong("created_at")));
  }
}
