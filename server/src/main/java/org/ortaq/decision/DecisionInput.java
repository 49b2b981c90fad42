package org.ortaq.decision;

import java.util.List;
import java.util.Map;

/** The JSON bodies of the decision API. */
public final class DecisionInput {
  private DecisionInput() {}

  /** A proposal: texts per language (HTML, sanitized), proposer and co-sponsors by slug. */
  public record Proposal(String proposer, List<String> sponsors, String area, Map<String, String> titles,
      Map<String, String> texts, String rule, Integer quorum) {}

  /** Opens the vote until {@code closesAt} (ISO-8601 instant). */
  public record Voting(String closesAt) {}

  /** A member organization's ballot. */
  public record BallotInput(String organization, String choice, String statement) {}

  /** A remark in the discussion, for an organization. */
  public record CommentInput(String organization, String body) {}

  /** An action item of an adopted decision; {@code dueOn} is a date such as 2026-12-31. */
  public record Action(String owner, String title, String dueOn) {}

  /** Progress on an action item: a new status and/or a note. */
  public record Progress(String status, String note) {}

  /**
   * Changes to a proposal, as a JSON merge patch (RFC 7396): an absent field stays as it is, a
   * language set to null in {@code titles} is removed, {@code sponsors} replaces the list.
   */
  public record Edit(List<String> sponsors, String area, Map<String, String> titles, Map<String, String> texts,
      String rule, Integer quorum) {}
}
