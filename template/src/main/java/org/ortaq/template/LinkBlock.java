package org.ortaq.template;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Blocks whose tags become a link around their body, fed from item or page values: {@code
 * [full-link]} uses "full-link", {@code [com-link]} "full-link" plus "#comment", {@code
 * [day-news]} "day-news-link", {@code [print-link]} "print-link", {@code [profile]} "profile-link",
 * {@code [prev-link]}/{@code [next-link]} "prev-link"/"next-link" (a {@code <span>} without one),
 * and the action links ({@code [edit]}, {@code [complaint]}, {@code [com-edit]}…) "NAME-link"
 * (dropped without one: the visitor may not do it). A block set to false is always dropped.
 */
record LinkBlock(String key, List<Node> children, String open, String close, String urlKey) implements Node {
  private static final Set<String> ALWAYS_SHOWN = Set.of("full-link", "com-link", "day-news", "print-link", "profile");
  private static final Set<String> SPAN_WITHOUT_LINK = Set.of("prev-link", "next-link");
  private static final Set<String> ACTIONS = Set.of(
      "edit", "complaint", "rating-plus", "rating-minus", "add-favorites", "del-favorites",
      "com-edit", "com-del", "spam", "reply", "fast");

  LinkBlock(String key, List<Node> children, String open, String close) {
    this(key, children, open, close, urlKey(key));
  }

  static boolean handles(String key) {
    return ALWAYS_SHOWN.contains(key) || SPAN_WITHOUT_LINK.contains(key) || ACTIONS.contains(key);
  }

  @Override
  public void render(Scope scope, StringBuilder out) {
    Optional<Boolean> block = scope.block(key, "");
    if (block.isPresent() && !block.get()) {
      return;
    }
    Optional<String> url = scope.value(urlKey);
    if (url.isPresent()) {
      out.append("<a href=\"").append(url.get()).append(key.equals("com-link") ? "#comment\">" : "\">");
      Node.renderAll(children, scope, out);
      out.append("</a>");
    } else if (SPAN_WITHOUT_LINK.contains(key)) {
      out.append("<span>");
      Node.renderAll(children, scope, out);
      out.append("</span>");
    } else if (ALWAYS_SHOWN.contains(key) || block.isPresent()) {
      Node.renderAll(children, scope, out);
    }
  }

  /** The value that holds the block's URL. */
  private static String urlKey(String key) {
    return switch (key) {
      case "full-link", "prev-link", "next-link", "print-link" -> key;
      case "com-link" -> "full-link";
      case "day-news" -> "day-news-link";
      case "profile" -> "profile-link";
      default -> key + "-link";
    };
  }
}
