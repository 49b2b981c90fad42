package org.ortaq.search;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.ortaq.text.Language;

/**
 * One thing readers can find: an article today, and events, decisions, statements and
 * organizations as they arrive ({@code kind}). The body is plain text.
 */
public record SearchDocument(
    String kind,
    long id,
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
  }

  /** The unique key of the document in the index. */
  public String key() {
    return kind + ":" + id;
  }
}
