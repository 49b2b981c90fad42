package org.ortaq.article;

import java.util.List;
import org.ortaq.organization.Organization;

/** The extra head of an article page: Open Graph and JSON-LD (filled by the feed package's writer). */
@FunctionalInterface
public interface ArticleMetadataHead {
  String head(Article article, Organization organization, List<Article> versions, String section);

  ArticleMetadataHead NONE = (article, organization, versions, section) -> "";
}
