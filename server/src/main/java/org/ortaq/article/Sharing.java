package org.ortaq.article;

import java.util.List;

/** Where a story is shared: the joint front page, and the ids of partner organizations. */
public record Sharing(boolean frontPage, List<Long> organizationIds) {
  public Sharing {
    organizationIds = List.copyOf(organizationIds);
  }
}
