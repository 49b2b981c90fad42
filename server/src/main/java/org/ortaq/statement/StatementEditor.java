package org.ortaq.statement;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import org.ortaq.access.Actor;
import org.ortaq.error.Conflict;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.store.AuditLog;
import org.ortaq.store.Changes;
import org.ortaq.store.Database;
import org.ortaq.text.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites and deletes statements for {@link StatementService} until they are published. New
 * words withdraw the co-signers' signatures, since they signed the old ones; the slug stays, as
 * invitations link to it. Each change is one transaction with its outbox row and an audit entry
 * holding the statement before and after.
 */
final class StatementEditor {
  private static final Logger log = LoggerFactory.getLogger(StatementEditor.class);

  private final Database database;
  private final StatementStore store;
  private final Changes changes;
  private final AuditLog audit;
  private final Clock clock;

  StatementEditor(Database database, StatementStore store, Changes changes, AuditLog audit, Clock clock) {
    this.database = database;
    this.store = store;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
  }

  /** Applies {@code input} as a merge patch; 403 for others than the drafter, 409 once published. */
  Statement edit(Actor actor, long id, StatementInput.Edit input) {
    Statement before = require(id);
    StatementService.requireSpeaker(actor, before.authorId());
    requireUnpublished(before);
    var errors = new ArrayList<Invalid.FieldError>();
    Map<Language, Statement.Text> texts = StatementTexts.merge(before.texts(), input.titles(), input.texts(), errors);
    Instant deadline = before.deadline();
    if (input.deadline() != null) {
      try {
        deadline = Instant.parse(input.deadline().strip());
        if (!deadline.isAfter(clock.instant())) {
          errors.add(new Invalid.FieldError("deadline", "must be in the future"));
        }
      } catch (DateTimeParseException e) {
        errors.add(new Invalid.FieldError("deadline", "must be an ISO-8601 instant such as 2026-06-15T12:00:00Z"));
      }
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    boolean reworded = !texts.equals(before.texts());
    Instant until = deadline;
    Instant now = clock.instant();
    Set<String> keys = Set.of(StatementService.STATEMENTS, "statement:" + before.slug());
    Statement after = database.inTransaction(handle -> {
      store.touch(handle, id, now);
      Statement current = store.find(handle, id).orElseThrow(() -> new NotFound("statement", id));
      requireUnpublished(current);
      if (!current.texts().equals(before.texts()) || !current.deadline().equals(before.deadline())) {
        throw new Conflict("the statement changed while this edit was checked; read it again");
      }
      store.rewrite(handle, id, texts, until, now);
      if (reworded) {
        store.withdrawSignatures(handle, id, current.authorId());
      }
      Statement changed = store.find(handle, id).orElseThrow();
      changes.record(handle, "statement.edited", id, keys, now);
      audit.record(handle, actor, current.authorId(), "statement.edited", "statement", id, current, changed);
      return changed;
    });
    changes.announce(keys);
    log.info("statement edited id={} reworded={}", id, reworded);
    return after;
  }

  /** Deletes an unpublished statement; 403 for others than the drafter, 409 once published. */
  void delete(Actor actor, long id) {
    Statement before = require(id);
    StatementService.requireSpeaker(actor, before.authorId());
    requireUnpublished(before);
    Set<String> keys = Set.of(StatementService.STATEMENTS, "statement:" + before.slug());
    Instant now = clock.instant();
    database.inTransaction(handle -> {
      if (!store.deleteUnpublished(handle, id)) {
        throw new Conflict("a published statement stays on the record; it cannot be deleted");
      }
      changes.record(handle, "statement.deleted", id, keys, now);
      audit.record(handle, actor, before.authorId(), "statement.deleted", "statement", id, before, null);
      return id;
    });
    changes.announce(keys);
    log.info("statement deleted id={}", id);
  }

  private Statement require(long id) {
    return database.read(handle -> store.find(handle, id)).orElseThrow(() -> new NotFound("statement", id));
  }

  private static void requireUnpublished(Statement statement) {
    if (statement.published()) {
      throw new Conflict("a published statement stays on the record; it cannot be changed or deleted");
    }
  }
}
