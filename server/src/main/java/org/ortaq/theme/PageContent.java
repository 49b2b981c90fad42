package org.ortaq.theme;

import java.util.function.Consumer;

/** What main.tpl shows as {@code {content}}: finished text, or a writer that renders into the page. */
public sealed interface PageContent {
  /** Content rendered beforehand, such as a full story in a buffer: copied into the page once. */
  record Text(CharSequence text) implements PageContent {}

  /**
   * Content written straight into the page's buffer when main.tpl reaches {@code {content}}, as a
   * list page renders its items: no buffer of its own, no copy.
   */
  record Writer(Consumer<StringBuilder> writer) implements PageContent {}
}
