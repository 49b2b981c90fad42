package org.ortaq.template;

import java.util.List;

/**
 * Answers {@code {customcomments …}}: the comments a query selects, in display order, each an
 * {@link Item} whose values fill comments.tpl's tags ({@code {comment}}, {@code {author}},
 * {@code {news-title}}…).
 */
@FunctionalInterface
public interface CommentSource {
  /** A source that finds nothing, the default of {@link PageContext}: the tag prints nothing. */
  CommentSource NONE = query -> List.of();

  List<Item> find(CommentQuery query);
}
