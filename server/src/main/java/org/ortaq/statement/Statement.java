package org.ortaq.statement;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ortaq.text.Language;

/** A joint statement: drafted by one organization, co-signed by the invited ones until the deadline. */
public record Statement(
    long id,
    String slug,
    long authorId,
    boolean published,
    Instant deadline,
    long publishedAtMillis,
    Map<Language, Text> texts,
    List<Signatory> signatories,
    Instant updatedAt) {

  public Statement {
    texts = Map.copyOf(texts);
    signatories = List.copyOf(signatories);
  }

  public Optional<Instant> publishedAt() {
    return publishedAtMillis == 0 ? Optional.empty() : Optional.of(Instant.ofEpochMilli(publishedAtMillis));
  }

  public Text text(Language language) {
    Text text = texts.getOrDefault(language, texts.get(Language.EN));
    return text != null ? text : texts.values().iterator().next();
  }

  public String title(Language language) {
    return text(language).title();
  }

  public String path(Language language) {
    return "/" + language.code() + "/statements/" + slug;
  }

  /** Organizations that signed, in the order they signed. */
  public List<Signatory> signed() {
    return signatories.stream().filter(Signatory::signed).toList();
  }

  /** The title and text in one language. */
  public record Text(String title, String body) {}

  /** An invited organization; {@code signedAtMillis} is 0 until it signs. */
  public record Signatory(long organizationId, long signedAtMillis, String signedBy) {
    public boolean signed() {
      return signedAtMillis != 0;
    }
  }
}
