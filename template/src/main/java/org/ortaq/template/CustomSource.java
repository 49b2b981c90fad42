package org.ortaq.template;

import java.util.List;

/** Answers {@code {custom …}} tags: the news items a query selects, in display order. */
@FunctionalInterface
public interface CustomSource {
  /** A source that finds nothing, the default of {@link PageContext}. */
  CustomSource NONE = query -> List.of();

  List<Item> find(CustomQuery query);
}
