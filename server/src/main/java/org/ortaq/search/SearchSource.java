package org.ortaq.search;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/** What one kind of content gives the index: every searchable document, or one by id. */
public interface SearchSource {
  /** The kind of documents this source gives ("article"). */
  String kind();

  /** True when an outbox change of {@code changeKind} concerns this source. */
  default boolean follows(String changeKind) {
    return changeKind.startsWith(kind() + ".");
  }

  /** The documents for entity {@code id}: several when one change touches many (translations). */
  List<Long> affected(long id);

  /** The document of {@code id} when it is public (published), empty otherwise. */
  Optional<SearchDocument> find(long id);

  /** Streams every public document, in batches, for a rebuild. */
  void all(Consumer<SearchDocument> sink);
}
