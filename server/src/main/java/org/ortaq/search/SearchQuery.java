package org.ortaq.search;

import java.time.Instant;
import java.util.Optional;
import org.ortaq.text.Language;

/**
 * A reader's search: the text, optional filters (organization slug, language code, category slug,
 * kind, date range), the reader's language and the page (1-based). With a reader's language, an
 * item found in several languages is one hit, in the reader's language where that version matched.
 */
public record SearchQuery(
    String text,
    Optional<String> organization,
    Optional<String> language,
    Optional<String> category,
    Optional<String> kind,
    Optional<Instant> from,
    Optional<Instant> to,
    Optional<Language> reader,
    int page,
    int perPage) {

  /** Queries longer than this are cut (a search box never needs more). */
  public static final int MAX_LENGTH = 500;

  public SearchQuery {
    text = text == null ? "" : text.strip();
    if (text.length() > MAX_LENGTH) {
      text = text.substring(0, MAX_LENGTH);
    }
    page = Math.max(1, Math.min(page, 1000));
    perPage = Math.max(1, Math.min(perPage, 50));
  }

  public static SearchQuery of(String text) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.empty(), 1, 10);
  }

  /** The first page of {@code text} as a reader of {@code reader} sees it, without filters. */
  public static SearchQuery of(String text, Language reader) {
    return new SearchQuery(text, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty(), Optional.of(reader), 1, 10);
  }
}
