package org.ortaq.article;

import java.time.Instant;
import java.util.Objects;
import org.ortaq.text.Language;

/** Which published articles a public list shows: the joint front page, one organization, … */
public sealed interface Listing {
  Language language();

  /** Stories shared to the joint front page. */
  record Front(Language language) implements Listing {}

  /** An organization's own articles and those shared with it. */
  record OfOrganization(Language language, long organizationId) implements Listing {}

  record InCategory(Language language, long categoryId) implements Listing {}

  /** Articles with a tag, by its key (see {@code Tags.key}). */
  record WithTag(Language language, String tagKey) implements Listing {}

  /** Articles published in {@code [from, to)}. */
  record Archive(Language language, Instant from, Instant to) implements Listing {
    public Archive {
      Objects.requireNonNull(from);
      Objects.requireNonNull(to);
    }
  }
}
