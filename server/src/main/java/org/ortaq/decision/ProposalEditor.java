package org.ortaq.decision;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.ortaq.access.Actor;
import org.ortaq.error.Conflict;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.store.AuditLog;
import org.ortaq.store.Changes;
import org.ortaq.store.Database;
import org.ortaq.text.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Rewrites and deletes proposals for {@link DecisionService}: the proposer may change a decision
 * while it is a draft or in discussion (once the vote opens, members vote on fixed words) and
 * delete a draft. Each change is one transaction with its outbox row and an audit entry holding
 * the decision before and after.
 */
final class ProposalEditor {
  private static final Logger log = LoggerFactory.getLogger(ProposalEditor.class);

  private final Database database;
  private final DecisionStore store;
  private final OrganizationService organizations;
  private final Changes changes;
  private final AuditLog audit;
  private final Clock clock;

  ProposalEditor(Database database, DecisionStore store, OrganizationService organizations, Changes changes,
      AuditLog audit, Clock clock) {
    this.database = database;
    this.store = store;
    this.organizations = organizations;
    this.changes = changes;
    this.audit = audit;
    this.clock = clock;
  }

  /** Applies {@code input} as a merge patch; 403 for others than the proposer, 409 past discussion. */
  Decision edit(Actor actor, long id, DecisionInput.Edit input) {
    Decision before = require(id);
    DecisionService.requireSpeaker(actor, before.proposerId());
    requireEditable(before);
    var errors = new ArrayList<Invalid.FieldError>();
    List<Long> sponsors = input.sponsors() == null ? before.sponsorIds() : sponsors(input.sponsors(), before.proposerId(), errors);
    String area = input.area() == null ? before.area() : input.area().strip();
    if (area.length() > 200) {
      errors.add(new Invalid.FieldError("area", "is longer than 200 characters"));
    }
    VotingRule rule = before.rule();
    if (input.rule() != null) {
      try {
        rule = VotingRule.parse(input.rule().strip());
      } catch (IllegalArgumentException e) {
        errors.add(new Invalid.FieldError("rule", "must be majority, two_thirds or consensus"));
      }
    }
    int quorum = input.quorum() == null ? before.quorum() : input.quorum();
    if (quorum < 1 || quorum > 10_000) {
      errors.add(new Invalid.FieldError("quorum", "must be at least 1 member organization"));
    }
    Map<Language, Decision.Text> texts = DecisionTexts.merge(before.texts(), input.titles(), input.texts(), errors);
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    Set<String> keys = DecisionService.keys(before);
    sponsors.forEach(sponsor -> keys.add("organization:" + sponsor));
    keys.add("decision:" + id);
    VotingRule chosen = rule;
    Instant now = clock.instant();
    Decision after = database.inTransaction(handle -> {
      store.lock(handle, id);
      Decision current = store.find(handle, id).orElseThrow(() -> new NotFound("decision", id));
      requireEditable(current);
      if (!current.equals(before)) {
        throw new Conflict("the decision changed while this edit was checked; read it again");
      }
      store.rewrite(handle, id, area, chosen, quorum, texts, sponsors, now);
      Decision changed = store.find(handle, id).orElseThrow();
      changes.record(handle, "decision.edited", id, keys, now);
      audit.record(handle, actor, before.proposerId(), "decision.edited", "decision", id, before, changed);
      return changed;
    });
    changes.announce(keys);
    log.info("decision edited id={}", id);
    return after;
  }

  /** Deletes a draft; 403 for others than the proposer, 409 once it is out of draft. */
  void delete(Actor actor, long id) {
    Decision before = require(id);
    DecisionService.requireSpeaker(actor, before.proposerId());
    Set<String> keys = DecisionService.keys(before);
    keys.add("decision:" + id);
    Instant now = clock.instant();
    database.inTransaction(handle -> {
      if (!store.deleteDraft(handle, id)) {
        throw new Conflict("only a draft can be deleted; this decision is "
            + store.find(handle, id).map(d -> d.status().code()).orElse("gone"));
      }
      changes.record(handle, "decision.deleted", id, keys, now);
      audit.record(handle, actor, before.proposerId(), "decision.deleted", "decision", id, before, null);
      return id;
    });
    changes.announce(keys);
    log.info("decision deleted id={}", id);
  }

  private Decision require(long id) {
    return database.read(handle -> store.find(handle, id)).orElseThrow(() -> new NotFound("decision", id));
  }

  private static void requireEditable(Decision decision) {
    if (decision.status() != DecisionStatus.DRAFT && decision.status() != DecisionStatus.DISCUSSION) {
      throw new Conflict("a proposal changes only in draft or discussion; this decision is " + decision.status().code());
    }
  }

  private List<Long> sponsors(List<String> slugs, long proposer, List<Invalid.FieldError> errors) {
    var ids = new ArrayList<Long>();
    for (int i = 0; i < slugs.size(); i++) {
      String slug = slugs.get(i) == null ? "" : slugs.get(i).strip();
      Optional<Organization> sponsor = slug.isEmpty() ? Optional.empty() : organizations.findBySlug(slug);
      if (sponsor.isEmpty()) {
        errors.add(new Invalid.FieldError("sponsors[" + i + "]", "unknown organization '" + slug + "'"));
      } else if (sponsor.get().id() != proposer && !ids.contains(sponsor.get().id())) {
        ids.add(sponsor.get().id());
      }
    }
    return ids;
  }
}
