package org.ortaq.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ortaq.text.Language;

/**
 * One thing readers can find in one language: an article, event, decision, statement or
 * organization ({@code kind}). Documents of one kind with the same {@code group} are one item in
 * several languages (translations). The body is plain text.
 */
public record SearchDocument(
    String kind,
    long id,
    long group,
    Language language,
    String organization,
    String organizationName,
    List<String> categories,
    String title,
    String body,
    String url,
    Instant date) {

  public SearchDocument {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(date, "date");
    categories = List.copyOf(categories);
    body = body == null ? "" : body;
    if (group < 0 || group >= 1L << 32) {
      throw new IllegalArgumentException("group out of range: " + group);
    }
  }

  /**
   * The item this document is a translation of, as one number for the index: the kind's hash in
   * the high half, the group in the low half (groups are row ids, far below 2^32).
   */
  long translationGroup() {
    return ((long) kind.hashCode() << 32) ^ group;
  }

  /** The unique key of the document in the index. */
  public String key() {
    return kind + ":" + id;
  }
}
