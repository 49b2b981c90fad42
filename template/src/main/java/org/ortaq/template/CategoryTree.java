package org.ortaq.template;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The site's categories in display order, indexed once: immutable and safe to share between
 * requests, so a caller builds it when categories or counts change, not per page. A category
 * whose parent is missing is left out of the tree, as in DLE's {@code build_tree}.
 */
public final class CategoryTree {
  /** No categories: {@code {catmenu}} prints nothing and {@code {catnewscount}} 0. */
  public static final CategoryTree EMPTY = new CategoryTree(List.of());

  private final List<Category> roots;
  private final Map<Integer, Category> byId;
  private final Map<Integer, List<Category>> children;

  private CategoryTree(List<Category> categories) {
    var index = new HashMap<Integer, Category>();
    for (Category category : categories) {
      if (index.putIfAbsent(category.id(), category) != null) {
        throw new IllegalArgumentException("category " + category.id() + " is listed twice");
      }
    }
    var top = new ArrayList<Category>();
    var lists = new HashMap<Integer, List<Category>>();
    for (Category category : categories) {
      if (category.parentId() == 0) {
        top.add(category);
      } else {
        lists.computeIfAbsent(category.parentId(), parent -> new ArrayList<>()).add(category);
      }
    }
    var frozen = new HashMap<Integer, List<Category>>();
    lists.forEach((parent, list) -> frozen.put(parent, List.copyOf(list)));
    roots = List.copyOf(top);
    byId = Map.copyOf(index);
    children = Map.copyOf(frozen);
  }

  /** The tree of these categories, given in display order (each list keeps that order). */
  public static CategoryTree of(List<Category> categories) {
    return categories.isEmpty() ? EMPTY : new CategoryTree(List.copyOf(categories));
  }

  public boolean isEmpty() {
    return byId.isEmpty();
  }

  public Optional<Category> find(int id) {
    return Optional.ofNullable(byId.get(id));
  }

  List<Category> roots() {
    return roots;
  }

  List<Category> children(int id) {
    return children.getOrDefault(id, List.of());
  }

  /** Whether {@code ancestor} is {@code id} itself or one of its parents (DLE 18's [active]). */
  boolean isSelfOrAncestor(int ancestor, int id) {
    Category current = byId.get(id);
    for (int steps = 0; current != null && steps <= byId.size(); steps++) {
      if (current.id() == ancestor) {
        return true;
      }
      current = current.parentId() == 0 ? null : byId.get(current.parentId());
    }
    return false;
  }
}
