package org.ortaq.template;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tags of a {@code {catmenu}} template (DLE 18 {@code compile_item}): inside
 * {@code [item]…[/item]} they show the category being rendered; elsewhere each renders as the
 * same tag would outside a menu.
 */
final class CategoryMenuTags {
  static final Set<String> VALUES = Set.of("id", "name", "description", "icon", "url", "news-count");
  static final Set<String> BLOCKS = Set.of(
      "description", "not-description", "cat-icon", "not-cat-icon", "active", "not-active",
      "isparent", "not-parent", "is-children", "not-children");

  private CategoryMenuTags() {}

  /** {@code {id}}, {@code {name}}, {@code {description}}, {@code {icon}}, {@code {url}}, {@code {news-count}}. */
  record Value(String key, Node outside) implements Node {
    @Override
    public void render(Scope scope, StringBuilder out) {
      Optional<CategoryMenu.Entry> entry = scope.menu().flatMap(CategoryMenu.Position::entry);
      if (entry.isEmpty()) {
        outside.render(scope, out);
        return;
      }
      Category category = entry.get().category();
      switch (key) {
        case "id" -> out.append(category.id());
        case "name" -> out.append(category.name());
        case "description" -> out.append(category.description());
        case "icon" -> {
          if (category.icon().isEmpty()) {
            out.append(scope.themeUrl()).append("/dleimages/no_icon.gif");
          } else {
            out.append(category.icon());
          }
        }
        case "url" -> out.append(category.url());
        default -> out.append(category.newsCount());
      }
    }
  }

  /** {@code [description]}, {@code [cat-icon]}, {@code [active]}, {@code [isparent]}, {@code [is-children]} and their opposites. */
  record Block(String key, List<Node> children, Node outside) implements Node {
    @Override
    public void render(Scope scope, StringBuilder out) {
      Optional<CategoryMenu.Position> position = scope.menu();
      if (position.isEmpty() || position.get().entry().isEmpty()) {
        outside.render(scope, out);
        return;
      }
      CategoryMenu.Entry entry = position.get().entry().get();
      Category category = entry.category();
      boolean keep = switch (key) {
        case "description" -> !category.description().isEmpty();
        case "not-description" -> category.description().isEmpty();
        case "cat-icon" -> !category.icon().isEmpty();
        case "not-cat-icon" -> category.icon().isEmpty();
        case "active" -> position.get().active(entry);
        case "not-active" -> !position.get().active(entry);
        case "isparent" -> entry.parent();
        case "not-parent" -> !entry.parent();
        case "is-children" -> category.parentId() != 0;
        default -> category.parentId() == 0;
      };
      if (keep) {
        Node.renderAll(children, scope, out);
      }
    }
  }

  /** {@code {sub-item}}: the category's children in their prefix and suffix; nothing for none. */
  record SubItem(Node outside) implements Node {
    @Override
    public void render(Scope scope, StringBuilder out) {
      Optional<CategoryMenu.Position> position = scope.menu();
      if (position.isEmpty() || position.get().entry().isEmpty()) {
        outside.render(scope, out);
        return;
      }
      CategoryMenu.Entry entry = position.get().entry().get();
      if (entry.parent()) {
        position.get().menu().renderLevel(entry.children(), scope, true, out);
      }
    }
  }

  /** Where the first {@code [item]…[/item]} stood: the top level of the menu. */
  record Items(Node outside) implements Node {
    @Override
    public void render(Scope scope, StringBuilder out) {
      Optional<CategoryMenu.Position> position = scope.menu();
      if (position.isEmpty()) {
        outside.render(scope, out);
        return;
      }
      position.get().menu().renderLevel(position.get().roots(), scope, false, out);
    }
  }
}
