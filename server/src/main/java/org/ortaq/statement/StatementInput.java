package org.ortaq.statement;

import java.util.List;
import java.util.Map;

/** The JSON bodies of the statement API. */
public final class StatementInput {
  private StatementInput() {}

  /** A draft: the drafting organization, texts per language (HTML, sanitized), invitees, deadline (ISO instant). */
  public record Draft(String organization, String slug, Map<String, String> titles, Map<String, String> texts,
      List<String> invite, String deadline) {}

  /** More organizations to invite. */
  public record Invitation(List<String> organizations) {}

  /** A signature for one organization. */
  public record Signature(String organization) {}

  /**
   * Changes to a statement open for signing, as a JSON merge patch (RFC 7396): an absent field
   * stays, a language set to null in {@code titles} is removed; {@code deadline} is an ISO instant.
   */
  public record Edit(Map<String, String> titles, Map<String, String> texts, String deadline) {}
}
