package org.ortaq.template;

/**
 * Gives {@code {catmenu}} and {@code {catnewscount}} the site's categories; asked only when a
 * template shows one of them, so it may build the tree lazily and should keep it between pages.
 */
@FunctionalInterface
public interface CategorySource {
  /** No categories, the default of {@link PageContext}. */
  CategorySource NONE = () -> CategoryTree.EMPTY;

  CategoryTree categories();
}
