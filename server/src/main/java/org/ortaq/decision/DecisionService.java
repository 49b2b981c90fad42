package org.ortaq.decision;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumMap;
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
import org.ortaq.organization.MembershipStatus;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.store.AuditLog;
import org.ortaq.store.Changes;
import org.ortaq.store.Database;
import org.ortaq.text.HtmlSanitizer;
import org.ortaq.text.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Joint decisions: proposals, discussion, voting by member organizations through their
 * representatives, the result, the register number and the action items. The voting window closes
 * at its time, by the timer or when a decision is read after it, whichever comes first; closing is
 * a conditional update, so it happens exactly once.
 */
public final class DecisionService {
  /** The cache key of the register and every list of decisions. */
  public static final String DECISIONS = "decisions";
  private static final Logger log = LoggerFactory.getLogger(DecisionService.class);

  private final Database database;
  private final DecisionStore store = new DecisionStore();
  private final OrganizationService organizations;
  private final Changes changes;
  private final AuditLog audit;
  private final Clock clock;
  private final ProposalEditor editor;

  public DecisionService(Database database, OrganizationService organizations, Changes changes, AuditLog audit, Clock clock) {
    this.database = database;
    this.organizations = organizations;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
    this.editor = new ProposalEditor(database, store, organizations, changes, audit, clock);
  }

  /** Drafts a proposal for an organization the actor is an admin or representative of. */
  public Decision propose(Actor actor, DecisionInput.Proposal input) {
    var errors = new ArrayList<Invalid.FieldError>();
    Organization proposer = organization(input.proposer(), "proposer", errors);
    List<Long> sponsors = new ArrayList<>();
    List<String> sponsorSlugs = input.sponsors() == null ? List.of() : input.sponsors();
    for (int i = 0; i < sponsorSlugs.size(); i++) {
      Organization sponsor = organization(sponsorSlugs.get(i), "sponsors[" + i + "]", errors);
      if (sponsor != null && (proposer == null || sponsor.id() != proposer.id()) && !sponsors.contains(sponsor.id())) {
        sponsors.add(sponsor.id());
      }
    }
    Map<Language, Decision.Text> texts = DecisionTexts.of(input.titles(), input.texts(), errors);
    VotingRule rule = VotingRule.MAJORITY;
    try {
      rule = VotingRule.parse(input.rule() == null ? "majority" : input.rule().strip());
    } catch (IllegalArgumentException e) {
      errors.add(new Invalid.FieldError("rule", "must be majority, two_thirds or consensus"));
    }
    int quorum = input.quorum() == null ? 1 : input.quorum();
    if (quorum < 1 || quorum > 10_000) {
      errors.add(new Invalid.FieldError("quorum", "must be at least 1 member organization"));
    }
    String area = input.area() == null ? "" : input.area().strip();
    if (area.length() > 200) {
      errors.add(new Invalid.FieldError("area", "is longer than 200 characters"));
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    requireSpeaker(actor, proposer.id());
    VotingRule chosen = rule;
    Instant now = clock.instant();
    return write(actor, "decision.proposed", involved(proposer.id(), sponsors), handle -> {
      long id = store.insert(handle, proposer.id(), sponsors, area, chosen, quorum, texts, now);
      return id;
    });
  }

  /** Changes a proposal in draft or discussion as a merge patch (the proposer). */
  public Decision edit(Actor actor, long id, DecisionInput.Edit input) {
    return editor.edit(actor, id, input);
  }

  /** Deletes a draft (the proposer). */
  public void delete(Actor actor, long id) {
    editor.delete(actor, id);
  }

  /** Opens the discussion of a draft (the proposer). */
  public Decision openDiscussion(Actor actor, long id) {
    Decision decision = require(id);
    requireSpeaker(actor, decision.proposerId());
    return write(actor, "decision.discussion", keys(decision), handle -> {
      if (!store.transition(handle, id, DecisionStatus.DRAFT, DecisionStatus.DISCUSSION, clock.instant())) {
        throw new Conflict("only a draft can be opened for discussion; this decision is " + decision.status().code());
      }
      return id;
    });
  }

  /** A remark by an organization's representative or admin; observers and partners may comment too. */
  public Comment comment(Actor actor, long id, DecisionInput.CommentInput input) {
    var errors = new ArrayList<Invalid.FieldError>();
    Organization organization = organization(input.organization(), "organization", errors);
    String body = input.body() == null ? "" : input.body().strip();
    if (body.isEmpty() || body.length() > 10_000) {
      errors.add(new Invalid.FieldError("body", "must have 1 to 10000 characters"));
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    requireSpeaker(actor, organization.id());
    Decision decision = require(id);
    if (decision.status() != DecisionStatus.DISCUSSION && decision.status() != DecisionStatus.VOTING) {
      throw new Conflict("comments are taken during discussion and voting; this decision is " + decision.status().code());
    }
    Instant now = clock.instant();
    write(actor, "decision.commented", keys(decision), handle -> {
      store.comment(handle, id, organization.id(), actor.name(), body, now);
      return id;
    });
    List<Comment> all = comments(id);
    return all.get(all.size() - 1);
  }

  /** Opens the vote until {@code closesAt} (the proposer), from draft or discussion. */
  public Decision openVoting(Actor actor, long id, DecisionInput.Voting input) {
    Instant closesAt;
    try {
      closesAt = Instant.parse(input.closesAt() == null ? "" : input.closesAt().strip());
    } catch (DateTimeParseException e) {
      throw new Invalid("closes_at", "must be an ISO-8601 instant such as 2026-06-15T12:00:00Z");
    }
    Instant now = clock.instant();
    if (!closesAt.isAfter(now)) {
      throw new Invalid("closes_at", "must be in the future");
    }
    Decision decision = require(id);
    requireSpeaker(actor, decision.proposerId());
    int eligible = members().size();
    return write(actor, "decision.voting", keys(decision), handle -> {
      Decision current = store.find(handle, id).orElseThrow();
      if (current.status() != DecisionStatus.DRAFT && current.status() != DecisionStatus.DISCUSSION) {
        throw new Conflict("voting opens once, from draft or discussion; this decision is " + current.status().code());
      }
      store.openVoting(handle, id, closesAt, eligible, now);
      return id;
    });
  }

  /**
   * Casts the ballot of a member organization through its representative. A second ballot
   * replaces the first while the window is open; after it, the ballot is refused.
   */
  public Decision vote(Actor actor, long id, DecisionInput.BallotInput input) {
    var errors = new ArrayList<Invalid.FieldError>();
    Organization organization = organization(input.organization(), "organization", errors);
    Choice choice = null;
    try {
      choice = Choice.parse(input.choice() == null ? "" : input.choice().strip());
    } catch (IllegalArgumentException e) {
      errors.add(new Invalid.FieldError("choice", "must be yes, no or abstain"));
    }
    String statement = input.statement() == null ? "" : input.statement().strip();
    if (statement.length() > 5_000) {
      errors.add(new Invalid.FieldError("statement", "is longer than 5000 characters"));
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    if (!actor.roles().getOrDefault(organization.id(), Set.of()).contains(Role.REPRESENTATIVE)) {
      throw new Forbidden("only the representative of " + organization.slug() + " casts its ballot");
    }
    if (organization.status() != MembershipStatus.MEMBER) {
      throw new Forbidden(organization.slug() + " is an " + organization.status().code()
          + "; observers and partners comment but do not vote");
    }
    Decision decision = require(id);
    Choice chosen = choice;
    Set<String> keys = keys(decision);
    keys.add("organization:" + organization.id());
    Instant now = clock.instant();
    Decision after = write(actor, "decision.ballot", keys, handle -> {
      store.lock(handle, id);
      Decision current = store.find(handle, id).orElseThrow();
      if (current.status() != DecisionStatus.VOTING) {
        throw new Conflict("the vote is not open; this decision is " + current.status().code());
      }
      if (!now.isBefore(Instant.ofEpochMilli(current.closesAtMillis()))) {
        throw new Conflict("the voting window closed at " + Instant.ofEpochMilli(current.closesAtMillis()));
      }
      store.castBallot(handle, id, organization.id(), chosen, statement, actor.name(), now);
      store.recount(handle, id, now);
      return id;
    });
    log.info("ballot cast decision={} organization={}", id, organization.slug());
    return after;
  }

  /** Closes every vote whose window has passed; returns how many it closed. */
  public int closeDue() {
    List<Long> due = database.read(handle -> store.due(handle, clock.instant()));
    int closed = 0;
    for (long id : due) {
      if (close(id)) {
        closed++;
      }
    }
    return closed;
  }

  /** Adds an action item to an adopted decision (the proposer, or a platform administrator). */
  public ActionItem addAction(Actor actor, long id, DecisionInput.Action input) {
    var errors = new ArrayList<Invalid.FieldError>();
    Organization owner = organization(input.owner(), "owner", errors);
    String title = input.title() == null ? "" : input.title().strip();
    if (title.isEmpty() || title.length() > 500) {
      errors.add(new Invalid.FieldError("title", "must have 1 to 500 characters"));
    }
    LocalDate due = null;
    try {
      due = LocalDate.parse(input.dueOn() == null ? "" : input.dueOn().strip());
    } catch (DateTimeParseException e) {
      errors.add(new Invalid.FieldError("due_on", "must be a date such as 2026-12-31"));
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    Decision decision = require(id);
    requireSpeaker(actor, decision.proposerId());
    if (!decision.status().adopted()) {
      throw new Conflict("only an adopted decision has action items; this one is " + decision.status().code());
    }
    LocalDate dueOn = due;
    Set<String> keys = keys(decision);
    keys.add("organization:" + owner.id());
    long[] created = new long[1];
    write(actor, "decision.action", keys, handle -> {
      created[0] = store.addAction(handle, id, owner.id(), title, dueOn, clock.instant());
      return id;
    });
    return database.read(handle -> store.action(handle, created[0])).orElseThrow();
  }

  /** Records progress on an action item (its owner organization or the proposer). */
  public ActionItem progress(Actor actor, long actionId, DecisionInput.Progress input) {
    ActionItem action = database.read(handle -> store.action(handle, actionId))
        .orElseThrow(() -> new NotFound("action item", actionId));
    Decision decision = require(action.decisionId());
    if (!actor.has(action.ownerId(), Role.ADMIN, Role.REPRESENTATIVE)
        && !actor.has(decision.proposerId(), Role.ADMIN, Role.REPRESENTATIVE)) {
      throw new Forbidden("only the owner organization or the proposer reports progress");
    }
    ActionStatus status = action.status();
    var errors = new ArrayList<Invalid.FieldError>();
    if (input.status() != null && !input.status().isBlank()) {
      try {
        status = ActionStatus.parse(input.status().strip());
      } catch (IllegalArgumentException e) {
        errors.add(new Invalid.FieldError("status", "must be open, in_progress or done"));
      }
    }
    String note = input.note() == null ? "" : input.note().strip();
    if (note.length() > 5_000) {
      errors.add(new Invalid.FieldError("note", "is longer than 5000 characters"));
    }
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    ActionStatus chosen = status;
    Instant now = clock.instant();
    write(actor, "decision.progress", keys(decision), handle -> {
      store.setActionStatus(handle, actionId, chosen, now);
      if (!note.isEmpty()) {
        store.addNote(handle, actionId, actor.name(), note, now);
      }
      List<ActionItem> all = store.actions(handle, decision.id());
      boolean allDone = all.stream().allMatch(a -> a.status() == ActionStatus.DONE);
      boolean started = all.stream().anyMatch(a -> a.status() != ActionStatus.OPEN);
      if (allDone) {
        store.transition(handle, decision.id(), DecisionStatus.ADOPTED, DecisionStatus.IMPLEMENTING, now);
        store.transition(handle, decision.id(), DecisionStatus.IMPLEMENTING, DecisionStatus.IMPLEMENTED, now);
      } else if (started) {
        store.transition(handle, decision.id(), DecisionStatus.ADOPTED, DecisionStatus.IMPLEMENTING, now);
        store.transition(handle, decision.id(), DecisionStatus.IMPLEMENTED, DecisionStatus.IMPLEMENTING, now);
      }
      return decision.id();
    });
    return database.read(handle -> store.action(handle, actionId)).orElseThrow();
  }

  /** The decision, its vote closed first when its window has passed. */
  public Optional<Decision> find(long id) {
    Optional<Decision> decision = database.read(handle -> store.find(handle, id));
    if (decision.isPresent() && due(decision.get())) {
      close(id);
      return database.read(handle -> store.find(handle, id));
    }
    return decision;
  }

  public Decision require(long id) {
    return find(id).orElseThrow(() -> new NotFound("decision", id));
  }

  /** Every decision that is past draft, newest first (due votes closed first). */
  public List<Decision> all() {
    closeDue();
    return database.read(store::all);
  }

  /** Adopted decisions, by register number, newest first. */
  public List<Decision> register() {
    return all().stream().filter(d -> d.status().adopted())
        .sorted((a, b) -> a.numberYear() != b.numberYear() ? Integer.compare(b.numberYear(), a.numberYear())
            : Integer.compare(b.numberSeq(), a.numberSeq()))
        .toList();
  }

  public List<Decision> ofOrganization(long organizationId) {
    closeDue();
    return database.read(handle -> store.ofOrganization(handle, organizationId));
  }

  public List<Ballot> ballots(long id) {
    return database.read(handle -> store.ballots(handle, id));
  }

  public List<Comment> comments(long id) {
    return database.read(handle -> store.comments(handle, id));
  }

  public List<ActionItem> actions(long id) {
    return database.read(handle -> store.actions(handle, id));
  }

  public Instant now() {
    return clock.instant();
  }

  private boolean due(Decision decision) {
    return decision.status() == DecisionStatus.VOTING && !clock.instant().isBefore(Instant.ofEpochMilli(decision.closesAtMillis()));
  }

  /** Computes the result and stores it; an adopted decision gets the next number of its year. */
  private boolean close(long id) {
    Instant now = clock.instant();
    Set<String> keys = new LinkedHashSet<>();
    boolean closed = database.inTransaction(handle -> {
      store.lock(handle, id);
      Decision decision = store.find(handle, id).orElseThrow();
      if (!due(decision)) {
        return false;
      }
      Decision.Tally tally = store.recount(handle, id, now);
      boolean carried = tally.cast() >= decision.quorum() && decision.rule().carries(tally.yes(), tally.no());
      int year = Instant.ofEpochMilli(decision.closesAtMillis()).atZone(ZoneOffset.UTC).getYear();
      int seq = carried ? store.nextNumber(handle, year) : 0;
      if (!store.close(handle, id, carried ? DecisionStatus.ADOPTED : DecisionStatus.REJECTED, carried ? year : 0, seq, now)) {
        return false;
      }
      keys.addAll(keys(decision));
      keys.add("decision:" + id);
      store.ballots(handle, id).forEach(b -> keys.add("organization:" + b.organizationId()));
      changes.record(handle, carried ? "decision.adopted" : "decision.rejected", id, keys, now);
      return true;
    });
    if (closed) {
      changes.announce(keys);
      log.info("vote closed decision={}", id);
    }
    return closed;
  }

  private Decision write(Actor actor, String kind, Set<String> keys, org.jdbi.v3.core.HandleCallback<Long, RuntimeException> work) {
    Instant now = clock.instant();
    Set<String> all = new LinkedHashSet<>(keys);
    long id = database.inTransaction(handle -> {
      long changed = work.withHandle(handle);
      all.add("decision:" + changed);
      changes.record(handle, kind, changed, all, now);
      store.find(handle, changed).ifPresent(after -> audit.record(handle, actor, after.proposerId(), kind, "decision", changed, null, after));
      return changed;
    });
    changes.announce(all);
    return database.read(handle -> store.find(handle, id)).orElseThrow();
  }

  private List<Organization> members() {
    return organizations.all().stream().filter(o -> o.status() == MembershipStatus.MEMBER).toList();
  }

  /** Admins and representatives speak for their organization (platform administrators too). */
  static void requireSpeaker(Actor actor, long organizationId) {
    if (!actor.has(organizationId, Role.ADMIN, Role.REPRESENTATIVE)) {
      throw new Forbidden("only an admin or representative of the organization may do this");
    }
  }

  /** The organization named in {@code field}, or null with a field error (the caller throws the errors). */
  private Organization organization(String slug, String field, List<Invalid.FieldError> errors) {
    return organizations.referenced(slug, field, errors).orElse(null);
  }

  private static Set<String> involved(long proposer, List<Long> sponsors) {
    var keys = new LinkedHashSet<String>();
    keys.add(DECISIONS);
    keys.add("organization:" + proposer);
    sponsors.forEach(s -> keys.add("organization:" + s));
    return keys;
  }

  static Set<String> keys(Decision decision) {
    return involved(decision.proposerId(), decision.sponsorIds());
  }
}
