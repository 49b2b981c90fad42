package org.ortaq.event;

import java.util.Optional;

/** How events learn about the articles they link to, without reading the newsroom's tables. */
@FunctionalInterface
public interface ArticleLinks {
  /** The published article {@code id}, if there is one. */
  Optional<Link> find(long id);

  /** A published article as an event page links to it. */
  record Link(long id, String title, String path, String language) {}

  ArticleLinks NONE = id -> Optional.empty();
}
