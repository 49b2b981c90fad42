package org.ortaq.decision;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ortaq.text.Language;

/**
 * A joint decision: a proposal, its state, and the tally stored with every ballot. {@code closesAt}
 * is the end of the voting window (epoch millis, 0 before voting opens); {@code numberSeq} is 0
 * until the decision is adopted.
 */
public record Decision(
    long id,
    long proposerId,
    List<Long> sponsorIds,
    String area,
    DecisionStatus status,
    VotingRule rule,
    int quorum,
    long closesAtMillis,
    int numberYear,
    int numberSeq,
    Tally tally,
    Map<Language, Text> texts,
    Instant createdAt) {

  public Decision {
    sponsorIds = List.copyOf(sponsorIds);
    texts = Map.copyOf(texts);
  }

  public Optional<Instant> closesAt() {
    return closesAtMillis == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(closesAtMillis));
  }

  /** The register number, such as 2026/7, or empty before adoption. */
  public String number() {
    return numberSeq == 0 ? "" : numberYear + "/" + numberSeq;
  }

  public Text text(Language language) {
    Text text = texts.getOrDefault(language, texts.get(Language.EN));
    return text != null ? text : texts.values().iterator().next();
  }

  public String title(Language language) {
    return text(language).title();
  }

  public String path(Language language) {
    return "/" + language.code() + "/decisions/" + id;
  }

  /** The proposal's title and text in one language. */
  public record Text(String title, String body) {}

  /** The ballots counted so far; {@code eligible} is the number of member organizations. */
  public record Tally(int yes, int no, int abstain, int eligible) {
    public int cast() {
      return yes + no + abstain;
    }
  }
}
