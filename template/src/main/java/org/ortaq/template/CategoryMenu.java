package org.ortaq.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code {catmenu id="…" idexclude="…" subcat="yes|no|only" template="categorymenu" cache="yes"}}
 * (DLE 18 {@code build_cat_menu}): the page's category tree rendered through the menu template,
 * whose {@code [item]…[/item]} is rendered once per category, {@code {sub-item}} (or, without one,
 * the place after the item) holds the children wrapped in {@code [sub-prefix]} and
 * {@code [sub-suffix]}. Prints nothing without categories or when the filters leave none.
 */
record CategoryMenu(Fragment parameters, Optional<Parameters> constant, Body body) implements Node {
  private static final Pattern ID = parameter("id");
  private static final Pattern EXCLUDED = parameter("idexclude");
  private static final Pattern SUBCAT = parameter("subcat");
  private static final Pattern CACHE = parameter("cache");
  private static final Pattern TEMPLATE = parameter("template");

  /** How {@code subcat} treats the listed categories' children. */
  enum Subcategories {
    /** With their children (DLE's default). */
    YES,
    /** Without: every listed category anywhere in the tree, each alone. */
    NO,
    /** Only their children, each with its own. */
    ONLY
  }

  /** The parsed parameters; {@code ids} empty means every top category. */
  record Parameters(List<IdRange> ids, List<IdRange> excluded, Subcategories subcategories, boolean cache) {
    /**
     * Reads the parameters as DLE does, each by its own case-insensitive search. When
     * {@code strict}, what DLE would silently misread (an id that is not a number or range, a
     * {@code subcat} other than yes, no or only) throws IllegalArgumentException; otherwise it
     * is read as DLE reads it.
     */
    static Parameters parse(String text, boolean strict) {
      String subcat = find(SUBCAT, text).map(String::strip).orElse("yes");
      if (strict && !List.of("yes", "no", "only").contains(subcat)) {
        throw new IllegalArgumentException("catmenu subcat must be yes, no or only, not \"" + subcat + "\"");
      }
      Subcategories subcategories = subcat.equals("yes") ? Subcategories.YES
          : subcat.equals("only") ? Subcategories.ONLY : Subcategories.NO;
      return new Parameters(ids(find(ID, text), "id", strict), ids(find(EXCLUDED, text), "idexclude", strict),
          subcategories, find(CACHE, text).filter(cache -> cache.equals("yes")).isPresent());
    }

    private static List<IdRange> ids(Optional<String> list, String name, boolean strict) {
      if (list.isEmpty()) {
        return List.of();
      }
      if (strict) {
        for (String part : list.get().split(",")) {
          if (!part.isBlank() && !part.strip().matches("\\d+(\\s*-\\s*\\d+)?")) {
            throw new IllegalArgumentException(
                "catmenu " + name + " must list category ids or ranges, not \"" + part.strip() + "\"");
          }
        }
      }
      return IdRange.parseList(list.get());
    }
  }

  /** The compiled menu template: outside the item, the item, and the wrap of each child level. */
  record Body(List<Node> outer, List<Node> prefix, List<Node> item, List<Node> suffix, boolean subItemInItem) {}

  /** A category as the menu shows it: children after the filters, and whether DLE calls it a parent. */
  record Entry(Category category, List<Entry> children, boolean parent) {
    Entry alone() {
      return new Entry(category, List.of(), false);
    }
  }

  /** Where a render is inside the menu: the menu, its tree and, in an item, the category. */
  record Position(CategoryMenu menu, CategoryTree tree, int current, List<Entry> roots, Optional<Entry> entry) {
    /** DLE 18's [active]: the page's category or one of its parents ({@code current} 0 in a cached menu). */
    boolean active(Entry entry) {
      return current != 0 && tree.isSelfOrAncestor(entry.category().id(), current);
    }
  }

  /** The template name asked for, "categorymenu" by default, without ".tpl". */
  static String templateName(String parameters) {
    return find(TEMPLATE, parameters).map(String::strip).orElse("categorymenu");
  }

  @Override
  public void render(Scope scope, StringBuilder out) {
    CategoryTree tree = scope.page().categorySource().categories();
    if (tree.isEmpty()) {
      return;
    }
    Parameters query = constant.orElseGet(() -> Parameters.parse(parameters.evaluate(scope), false));
    List<Entry> roots = select(tree, query);
    if (roots.isEmpty()) {
      return;
    }
    int current = query.cache() ? 0 : scope.page().currentCategory();
    var position = new Position(this, tree, current, roots, Optional.empty());
    Scope inside = scope.in(position);
    Node.renderAll(body.outer(), inside, out);
  }

  /** Renders one level: each category's item, then its children unless the item places them. */
  void renderLevel(List<Entry> entries, Scope scope, boolean sublevel, StringBuilder out) {
    Position at = scope.menu().orElseThrow();
    Scope outside = scope.in(new Position(this, at.tree(), at.current(), at.roots(), Optional.empty()));
    if (sublevel) {
      Node.renderAll(body.prefix(), outside, out);
    }
    for (Entry entry : entries) {
      Node.renderAll(body.item(), scope.in(new Position(this, at.tree(), at.current(), at.roots(), Optional.of(entry))), out);
      if (entry.parent() && !body.subItemInItem()) {
        renderLevel(entry.children(), outside, true, out);
      }
    }
    if (sublevel) {
      Node.renderAll(body.suffix(), outside, out);
    }
  }

  /** The top level of the menu: DLE's {@code recursive_array_remove}, then {@code recursive_array_search}. */
  static List<Entry> select(CategoryTree tree, Parameters query) {
    List<Entry> all = entries(tree, tree.roots(), query.excluded(), 0);
    if (query.ids().isEmpty()) {
      return all;
    }
    var found = new LinkedHashMap<Integer, Entry>();
    search(all, query, found);
    return List.copyOf(found.values());
  }

  private static List<Entry> entries(CategoryTree tree, List<Category> categories, List<IdRange> excluded, int depth) {
    var entries = new ArrayList<Entry>(categories.size());
    for (Category category : categories) {
      if (IdRange.anyContains(excluded, category.id()) || depth > Parser.DEEPEST) {
        continue;
      }
      List<Category> children = tree.children(category.id());
      // DLE keeps "children" set when idexclude removed them all: still a parent, with an empty level
      entries.add(new Entry(category, entries(tree, children, excluded, depth + 1), !children.isEmpty()));
    }
    return List.copyOf(entries);
  }

  private static void search(List<Entry> level, Parameters query, Map<Integer, Entry> found) {
    for (Entry entry : level) {
      if (IdRange.anyContains(query.ids(), entry.category().id())) {
        switch (query.subcategories()) {
          case YES -> found.put(entry.category().id(), entry);
          case ONLY -> entry.children().forEach(child -> found.put(child.category().id(), child));
          case NO -> {
            found.put(entry.category().id(), entry.alone());
            search(entry.children(), query, found);
          }
        }
      } else {
        search(entry.children(), query, found);
      }
    }
  }

  private static Optional<String> find(Pattern pattern, String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  private static Pattern parameter(String name) {
    return Pattern.compile(name + "=['\"](.+?)['\"]", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  }
}
