package org.ortaq.article;

import java.util.List;
import java.util.function.Supplier;
import org.ortaq.feed.ArticleMetadata;
import org.ortaq.feed.ArticleMetadataInput;
import org.ortaq.feed.Publisher;
import org.ortaq.organization.Organization;
import org.ortaq.web.Messages;

/** Open Graph and JSON-LD {@code NewsArticle} for an article page's head. */
public final class OpenGraphHead implements ArticleMetadataHead {
  private final ArticleMetadata metadata = new ArticleMetadata();
  private final Messages messages;
  private final Supplier<String> siteUrl;

  public OpenGraphHead(Messages messages, Supplier<String> siteUrl) {
    this.messages = messages;
    this.siteUrl = siteUrl;
  }

  @Override
  public String head(Article article, Organization organization, List<Article> versions, String section) {
    String site = siteUrl.get();
    String image = article.mainImage().isEmpty() ? ""
        : article.mainImage().startsWith("/") ? site + article.mainImage() : article.mainImage();
    String description = org.jsoup.Jsoup.parse(article.shortStory()).text();
    if (description.length() > 300) {
      int cut = description.lastIndexOf(' ', 300);
      description = description.substring(0, cut > 0 ? cut : 300) + "…";
    }
    String organizationUrl = organization.website().isEmpty()
        ? site + "/" + article.language().code() + "/" + organization.slug() + "/" : organization.website();
    var input = new ArticleMetadataInput(article.title(), description, site + article.path(), image,
        article.language(), versions.stream().map(Article::language).toList(), article.publishedAt(),
        article.updatedAt(), article.author(), section, article.tags(),
        messages.get(article.language(), "site_name"), site,
        new Publisher(organization.name(article.language()), organizationUrl,
            organization.logo().isEmpty() ? "" : organization.logo().startsWith("/") ? site + organization.logo() : organization.logo()));
    return metadata.head(input);
  }
}
