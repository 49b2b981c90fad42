package org.ortaq.article;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.ortaq.store.Database;
import org.ortaq.template.CategorySource;
import org.ortaq.template.CategoryTree;
import org.ortaq.text.Language;

/**
 * The categories themes show with {@code {catmenu}} and {@code {catnewscount}}: per language, the
 * name, the category page's URL and the number of published articles. Each language's tree is
 * read (two queries) the first time a page asks for it and kept until {@link #forget()}, which
 * the composition root calls on every change announcement, so a publication shows in the counts
 * of pages rendered after it (a page the page cache holds keeps its counts until its own keys change).
 */
public final class PublishedCategories {
  private final Database database;
  private final CategoryStore categories;
  private final AtomicLong version = new AtomicLong();
  private final Map<Language, Cached> trees = new ConcurrentHashMap<>();
  private final Map<Language, CategorySource> sources = new EnumMap<>(Language.class);

  /** A tree and the {@link #version} it was read at: one read before a forget() is not kept. */
  private record Cached(long version, CategoryTree tree) {}

  public PublishedCategories(Database database, CategoryStore categories) {
    this.database = database;
    this.categories = categories;
    for (Language language : Language.values()) {
      sources.put(language, () -> tree(language));
    }
  }

  /** The source for pages in {@code language}; the same object for every page. */
  public CategorySource in(Language language) {
    return sources.get(language);
  }

  /** Drops every kept tree; the next page that shows a menu reads it again. */
  public void forget() {
    version.incrementAndGet();
  }

  private CategoryTree tree(Language language) {
    long current = version.get();
    Cached cached = trees.get(language);
    if (cached != null && cached.version() == current) {
      return cached.tree();
    }
    CategoryTree tree = read(language);
    trees.merge(language, new Cached(current, tree), (old, fresh) -> old.version() > fresh.version() ? old : fresh);
    return tree;
  }

  private CategoryTree read(Language language) {
    return database.read(handle -> {
      Map<Long, Long> counts = categories.publishedCounts(handle, language);
      var menu = new ArrayList<org.ortaq.template.Category>();
      for (Category category : categories.all(handle)) {
        menu.add(new org.ortaq.template.Category(Math.toIntExact(category.id()), 0,
            org.ortaq.text.Html.escape(category.name(language)), "", "", category.path(language) + "/",
            counts.getOrDefault(category.id(), 0L)));
      }
      return CategoryTree.of(menu);
    });
  }
}
