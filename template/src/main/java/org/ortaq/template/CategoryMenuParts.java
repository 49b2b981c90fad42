package org.ortaq.template;

import java.util.List;

/**
 * Collects, while a {@code {catmenu}} template compiles (with its includes), the parts DLE cuts
 * out of it: the first {@code [sub-prefix]}, {@code [sub-suffix]} and {@code [item]} bodies,
 * trimmed as PHP's {@code trim} does. Later blocks of those names stay literal, as in DLE.
 */
final class CategoryMenuParts {
  private List<Node> prefix;
  private List<Node> suffix;
  private List<Node> item;

  /** The node for a {@code [sub-prefix]}, {@code [sub-suffix]} or {@code [item]} block. */
  Node block(String key, List<Node> children, Token open, Token close) {
    Node literal = new Node.Block(scope -> Node.Decision.LITERAL, children, open.raw(), close.raw());
    switch (key) {
      case "sub-prefix" -> {
        if (prefix == null) {
          prefix = trim(children);
          return new Node.Text("");
        }
      }
      case "sub-suffix" -> {
        if (suffix == null) {
          suffix = trim(children);
          return new Node.Text("");
        }
      }
      default -> {
        if (item == null) {
          item = trim(children);
          return new CategoryMenuTags.Items(literal);
        }
      }
    }
    return literal;
  }

  CategoryMenu.Body body(List<Node> outer) {
    List<Node> itemNodes = item == null ? List.of() : item;
    return new CategoryMenu.Body(List.copyOf(outer), prefix == null ? List.of() : prefix, itemNodes,
        suffix == null ? List.of() : suffix, containsSubItem(itemNodes));
  }

  private static boolean containsSubItem(List<Node> nodes) {
    for (Node node : nodes) {
      boolean found = switch (node) {
        case CategoryMenuTags.SubItem subItem -> true;
        case Node.Block block -> containsSubItem(block.children());
        case Node.Sequence sequence -> containsSubItem(sequence.nodes());
        case CategoryMenuTags.Block block -> containsSubItem(block.children());
        default -> false;
      };
      if (found) {
        return true;
      }
    }
    return false;
  }

  /** PHP's {@code trim}: spaces, tabs, line breaks, NUL and vertical tab off both ends. */
  private static List<Node> trim(List<Node> children) {
    if (children.isEmpty()) {
      return List.of();
    }
    Node[] nodes = children.toArray(Node[]::new);
    if (nodes[0] instanceof Node.Text first) {
      nodes[0] = new Node.Text(first.text().replaceFirst("^[ \\t\\n\\r\\x00\\x0B]+", ""));
    }
    int last = nodes.length - 1;
    if (nodes[last] instanceof Node.Text end) {
      nodes[last] = new Node.Text(end.text().replaceFirst("[ \\t\\n\\r\\x00\\x0B]+$", ""));
    }
    return List.of(nodes);
  }
}
