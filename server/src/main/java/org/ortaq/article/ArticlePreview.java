package org.ortaq.article;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.template.PageContext;
import org.ortaq.theme.PageModel;
import org.ortaq.theme.PageRenderer;

/** An article of any status rendered in the real theme, as its public page will look. */
public final class ArticlePreview {
  private final PublishedArticles articles;
  private final OrganizationService organizations;
  private final PageRenderer renderer;
  private final ArticleView view;

  public ArticlePreview(PublishedArticles articles, OrganizationService organizations, PageRenderer renderer) {
    this.articles = articles;
    this.organizations = organizations;
    this.renderer = renderer;
    this.view = new ArticleView(organizations::require, renderer.messages());
  }

  public String render(Article article) {
    Organization organization = organizations.require(article.organizationId());
    Map<Long, Category> categories = articles.categories().stream().collect(Collectors.toMap(Category::id, c -> c));
    PageContext context = renderer.context(article.language(), "showfull").build();
    var content = new StringBuilder("<p class=\"badge\">" + org.ortaq.text.Html.escape(
        renderer.messages().get(article.language(), "desk_preview") + " · " + article.status().code()) + "</p>");
    renderer.renderItem("fullstory.tpl", context, view.item(article, 0, categories).build(), content);
    return renderer.renderPage(new PageModel(article.language(), "showfull", article.title(), "", "", List.of(),
        content.toString(), "", "", "<meta name=\"robots\" content=\"noindex\">\n"));
  }

  Organization organization(Article article) {
    return organizations.require(article.organizationId());
  }
}
