package org.ortaq.template;

import java.util.List;

/**
 * {@code [not-news]…[/not-news]}: in DLE the list module shows its body only when the list is
 * empty, instead of the list; inside an item it is dropped unless a block "not-news" says otherwise.
 */
final class NotNews {
  static final Node.Condition CONDITION =
      scope -> scope.block("not-news").map(Node.Condition::of).orElse(Node.Decision.DROP);

  private NotNews() {}

  /** Renders the bodies of every [not-news] block found in the nodes. */
  static void collect(List<Node> nodes, Scope scope, StringBuilder out) {
    for (Node node : nodes) {
      if (node instanceof Node.Block block) {
        if (block.condition() == CONDITION) {
          Node.renderAll(block.children(), scope, out);
        } else {
          collect(block.children(), scope, out);
        }
      } else if (node instanceof Node.Sequence sequence) {
        collect(sequence.nodes(), scope, out);
      }
    }
  }
}
