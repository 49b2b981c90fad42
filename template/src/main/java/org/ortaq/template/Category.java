package org.ortaq.template;

import java.util.Objects;

/**
 * One category for {@code {catmenu}} and {@code {catnewscount}}: {@code parentId} 0 for a top
 * category; {@code name} and {@code description} are HTML inserted as they are; {@code icon} ""
 * for none; {@code newsCount} the published news in it.
 */
public record Category(int id, int parentId, String name, String description, String icon, String url, long newsCount) {
  public Category {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(icon, "icon");
    Objects.requireNonNull(url, "url");
    if (id <= 0 || parentId < 0 || newsCount < 0) {
      throw new IllegalArgumentException("category " + id + " needs a positive id, a parent id >= 0 and a count >= 0");
    }
  }
}
