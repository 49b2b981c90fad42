package org.ortaq.article;

import java.util.Locale;

/** An article's place in the editorial flow: draft → review → scheduled → published → archived. */
public enum ArticleStatus {
  DRAFT,
  REVIEW,
  SCHEDULED,
  PUBLISHED,
  ARCHIVED;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static ArticleStatus parse(String code) {
    return valueOf(code.toUpperCase(Locale.ROOT));
  }
}
