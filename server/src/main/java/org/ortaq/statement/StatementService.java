package org.ortaq.statement;

import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.error.Conflict;
import org.ortaq.error.Forbidden;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.store.AuditLog;
import org.ortaq.store.Changes;
import org.ortaq.store.Database;
import org.ortaq.text.Language;
import org.ortaq.text.Slug;

/**
 * Joint statements: an organization drafts and invites, an admin or representative of each
 * invited organization signs until the deadline, the drafter publishes; the published statement
 * lists every signatory and appears on each signatory's page.
 */
public final class StatementService {
  /** The cache key of every list of statements. */
  public static final String STATEMENTS = "statements";

  private final Database database;
  private final StatementStore store = new StatementStore();
  private final OrganizationService organizations;
  private final Changes changes;
  private final AuditLog audit;
  private final Clock clock;
  private final StatementEditor editor;

  public StatementService(Database database, OrganizationService organizations, Changes changes, AuditLog audit, Clock clock) {
    this.audit = audit;
    this.database = database;
    this.organizations = organizations;
    this.changes = changes;
    this.clock = clock;
    this.editor = new StatementEditor(database, store, changes, audit, clock);
  }

  /** Drafts a statement for the actor's organization, which signs it at once, and invites others. */
  public Statement draft(Actor actor, StatementInput.Draft input) {
    var errors = new ArrayList<Invalid.FieldError>();
    Organization author = organization(input.organization(), "organization", errors);
    List<Long> invited = organizations(input.invite(), "invite", errors);
    Map<Language, Statement.Text> texts = StatementTexts.of(input.titles(), input.texts(), errors);
    Instant deadline = null;
    try {
      deadline = Instant.parse(input.deadline() == null ? "" : input.deadline().strip());
      if (!deadline.isAfter(clock.instant())) {
        errors.add(new Invalid.FieldError("deadline", "must be in the future"));
      }
    } catch (DateTimeParseException e) {
      errors.add(new Invalid.FieldError("deadline", "must be an ISO-8601 instant such as 2026-06-15T12:00:00Z"));
    }
    String slug = input.slug() == null || input.slug().isBlank()
        ? (texts.isEmpty() ? "" : Slug.from(texts.values().iterator().next().title())) : input.slug().strip();
    if (!slug.matches("[a-z0-9](?:[a-z0-9-]{0,198}[a-z0-9])?")) {
      errors.add(new Invalid.FieldError("slug", "use 1 to 200 lowercase letters, digits and hyphens"));
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    requireSpeaker(actor, author.id());
    Instant now = clock.instant();
    Instant until = deadline;
    Set<String> keys = new LinkedHashSet<>(Set.of(STATEMENTS, "statement:" + slug));
    long id = database.inTransaction(handle -> {
      if (store.slugTaken(handle, slug)) {
        throw new Invalid("slug", "'" + slug + "' is already taken");
      }
      long created = store.insert(handle, slug, author.id(), until, texts, now);
      store.invite(handle, created, author.id(), now);
      store.sign(handle, created, author.id(), actor.name(), now);
      for (long organization : invited) {
        store.invite(handle, created, organization, now);
      }
      changes.record(handle, "statement.drafted", created, keys, now);
      audit.record(handle, actor, author.id(), "statement.drafted", "statement", created, null, store.find(handle, created).orElseThrow());
      return created;
    });
    changes.announce(keys);
    return require(id);
  }

  /** Invites more organizations while the statement is open for signing (the drafter). */
  public Statement invite(Actor actor, long id, StatementInput.Invitation input) {
    var errors = new ArrayList<Invalid.FieldError>();
    List<Long> invited = organizations(input.organizations(), "organizations", errors);
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    Statement statement = require(id);
    requireSpeaker(actor, statement.authorId());
    requireOpen(statement);
    Instant now = clock.instant();
    Set<String> keys = Set.of(STATEMENTS, "statement:" + statement.slug());
    database.inTransaction(handle -> {
      invited.forEach(organization -> store.invite(handle, id, organization, now));
      store.touch(handle, id, now);
      changes.record(handle, "statement.invited", id, keys, now);
      audit.record(handle, actor, statement.authorId(), "statement.invited", "statement", id, statement, store.find(handle, id).orElseThrow());
      return id;
    });
    changes.announce(keys);
    return require(id);
  }

  /** Signs for an invited organization (its admin or representative) before the deadline. */
  public Statement sign(Actor actor, long id, StatementInput.Signature input) {
    var errors = new ArrayList<Invalid.FieldError>();
    Organization organization = organization(input.organization(), "organization", errors);
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    requireSpeaker(actor, organization.id());
    Statement statement = require(id);
    requireOpen(statement);
    if (statement.signatories().stream().noneMatch(s -> s.organizationId() == organization.id())) {
      throw new Forbidden(organization.slug() + " is not invited to sign this statement");
    }
    Instant now = clock.instant();
    Set<String> keys = keys(statement);
    keys.add("organization:" + organization.id());
    database.inTransaction(handle -> {
      if (store.sign(handle, id, organization.id(), actor.name(), now)) {
        store.touch(handle, id, now);
        changes.record(handle, "statement.signed", id, keys, now);
        audit.record(handle, actor, organization.id(), "statement.signed", "statement", id, statement, store.find(handle, id).orElseThrow());
      }
      return id;
    });
    changes.announce(keys);
    return require(id);
  }

  /** Publishes the statement with the organizations that signed (the drafter). */
  public Statement publish(Actor actor, long id) {
    Statement statement = require(id);
    requireSpeaker(actor, statement.authorId());
    Instant now = clock.instant();
    Set<String> keys = keys(statement);
    database.inTransaction(handle -> {
      if (!store.publish(handle, id, now)) {
        throw new Conflict("the statement is already published");
      }
      changes.record(handle, "statement.published", id, keys, now);
      audit.record(handle, actor, statement.authorId(), "statement.published", "statement", id, statement, store.find(handle, id).orElseThrow());
      return id;
    });
    changes.announce(keys);
    return require(id);
  }

  /** Changes the texts or the deadline before publication (the drafter); new words withdraw co-signatures. */
  public Statement edit(Actor actor, long id, StatementInput.Edit input) {
    return editor.edit(actor, id, input);
  }

  /** Deletes a statement that is not published (the drafter). */
  public void delete(Actor actor, long id) {
    editor.delete(actor, id);
  }

  public Optional<Statement> find(long id) {
    return database.read(handle -> store.find(handle, id));
  }

  public Optional<Statement> findBySlug(String slug) {
    return database.read(handle -> store.findBySlug(handle, slug));
  }

  public Statement require(long id) {
    return find(id).orElseThrow(() -> new NotFound("statement", id));
  }

  /** Every statement, published or open for signing, newest first. */
  public List<Statement> all() {
    return database.read(store::all);
  }

  /** Published statements the organization signed. */
  public List<Statement> signedBy(long organizationId) {
    return database.read(handle -> store.signedBy(handle, organizationId));
  }

  public Instant now() {
    return clock.instant();
  }

  private void requireOpen(Statement statement) {
    if (statement.published()) {
      throw new Conflict("the statement is already published; signing is closed");
    }
    if (!clock.instant().isBefore(statement.deadline())) {
      throw new Conflict("the signing deadline passed at " + statement.deadline());
    }
  }

  private static Set<String> keys(Statement statement) {
    var keys = new LinkedHashSet<String>();
    keys.add(STATEMENTS);
    keys.add("statement:" + statement.slug());
    statement.signed().forEach(s -> keys.add("organization:" + s.organizationId()));
    return keys;
  }

  static void requireSpeaker(Actor actor, long organizationId) {
    if (!actor.has(organizationId, Role.ADMIN, Role.REPRESENTATIVE)) {
      throw new Forbidden("only an admin or representative of the organization may do this");
    }
  }

  /** The organization named in {@code field}, or null with a field error (the caller throws the errors). */
  private Organization organization(String slug, String field, List<Invalid.FieldError> errors) {
    return organizations.referenced(slug, field, errors).orElse(null);
  }

  private List<Long> organizations(List<String> slugs, String field, List<Invalid.FieldError> errors) {
    var ids = new ArrayList<Long>();
    List<String> list = slugs == null ? List.of() : slugs;
    for (int i = 0; i < list.size(); i++) {
      Organization organization = organization(list.get(i), field + "[" + i + "]", errors);
      if (organization != null && !ids.contains(organization.id())) {
        ids.add(organization.id());
      }
    }
    return ids;
  }
}
