package org.ortaq.article;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.ortaq.organization.Organization;
import org.ortaq.template.Item;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.web.Messages;

/** Binds articles to DLE tags, and builds the small HTML pieces around lists (pages, speedbar). */
final class ArticleView {
  private final Function<Long, Organization> organizations;
  private final Messages messages;

  ArticleView(Function<Long, Organization> organizations, Messages messages) {
    this.organizations = organizations;
    this.messages = messages;
  }

  /**
   * The item of {@code article} as listed on the page of {@code pageOrganization} (0 elsewhere):
   * an article shared from another organization carries "from …" ({@code [shared]}).
   */
  Item.Builder item(Article article, long pageOrganization, Map<Long, Category> categories) {
    Organization organization = organizations.apply(article.organizationId());
    Language language = article.language();
    List<Category> own = article.categoryIds().stream().map(categories::get).filter(c -> c != null).toList();
    String categoryText = own.isEmpty() ? "---"
        : own.stream().map(c -> Html.escape(c.name(language))).collect(Collectors.joining(" / "));
    String categoryLinks = own.stream()
        .map(c -> "<a href=\"" + Html.escape(c.path(language)) + "\">" + Html.escape(c.name(language)) + "</a>")
        .collect(Collectors.joining(" / "));
    String tagLinks = article.tags().stream()
        .map(tag -> "<a href=\"" + Html.escape(tagPath(language, tag)) + "\">" + Html.escape(tag) + "</a>")
        .collect(Collectors.joining(", "));
    String organizationLink = "<a href=\"/" + language.code() + "/" + Html.escape(organization.slug()) + "/\">"
        + Html.escape(organization.name(language)) + "</a>";
    return Item.builder()
        .title(article.title())
        .shortStory(article.shortStory())
        .fullStory(article.fullStory())
        .text(article.shortStory())
        .date(article.publishedAt())
        .editDate(article.updatedAt())
        .categories(article.categoryIds().stream().map(Long::intValue).toList())
        .tags(article.tags())
        .value("news-id", Long.toString(article.id()))
        .value("full-link", Html.escape(article.path()))
        .value("link", Html.escape(article.path()))
        .value("organization", Html.escape(organization.name(language)))
        .value("organization-link", organizationLink)
        .value("organization-url", "/" + language.code() + "/" + Html.escape(organization.slug()) + "/")
        .value("author", Html.escape(article.author()))
        .value("login", Html.escape(article.author()))
        .value("views", Long.toString(article.views()))
        .value("category", categoryText)
        .value("link-category", categoryLinks)
        .value("category-url", own.isEmpty() ? "#" : Html.escape(own.get(0).path(language)))
        .value("tags", tagLinks)
        .value("main-image", Html.escape(article.mainImage()))
        .block("tags", !article.tags().isEmpty())
        .block("has-category", !own.isEmpty())
        .block("not-has-category", own.isEmpty())
        .block("main-image", !article.mainImage().isEmpty())
        .block("not-main-image", article.mainImage().isEmpty())
        .block("shared", pageOrganization != 0 && pageOrganization != article.organizationId())
        .block("sample", organization.sample())
        .field("id", Long.toString(article.id()))
        .field("title", article.title())
        .field("news_read", Long.toString(article.views()))
        .field("autor", article.author());
  }

  static String tagPath(Language language, String tag) {
    return "/" + language.code() + "/tags/" + java.net.URLEncoder.encode(
        Tags.key(tag, language), java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20") + "/";
  }

  /** The page links of a list whose first page is at {@code base}. */
  String pagination(Language language, ArticlePage list, String base) {
    if (list.pages() <= 1) {
      return "";
    }
    var out = new StringBuilder("<nav class=\"pagination\" aria-label=\"")
        .append(Html.escape(messages.get(language, "page"))).append("\">");
    int first = Math.max(1, list.page() - 3);
    int last = Math.min(list.pages(), list.page() + 3);
    if (list.page() > 1) {
      link(out, base, list.page() - 1, "← " + messages.get(language, "prev_page"));
    }
    if (first > 1) {
      link(out, base, 1, "1");
      if (first > 2) {
        out.append("<span class=\"gap\">…</span>");
      }
    }
    for (int n = first; n <= last; n++) {
      if (n == list.page()) {
        out.append("<span class=\"current\" aria-current=\"page\">").append(n).append("</span>");
      } else {
        link(out, base, n, Integer.toString(n));
      }
    }
    if (last < list.pages() || list.more()) {
      if (last < list.pages() - 1 || list.more()) {
        out.append("<span class=\"gap\">…</span>");
      }
      if (!list.more()) {
        link(out, base, list.pages(), Integer.toString(list.pages()));
      }
    }
    if (list.page() < list.pages()) {
      link(out, base, list.page() + 1, messages.get(language, "next_page") + " →");
    }
    return out.append("</nav>").toString();
  }

  /** Breadcrumbs: home, then each (label, path) pair; the last crumb is not a link. */
  String speedbar(Language language, List<String[]> crumbs) {
    var out = new StringBuilder("<nav class=\"speedbar\" aria-label=\"breadcrumbs\"><a href=\"/")
        .append(language.code()).append("/\">").append(Html.escape(messages.get(language, "nav_home"))).append("</a>");
    for (int i = 0; i < crumbs.size(); i++) {
      out.append(" » ");
      String[] crumb = crumbs.get(i);
      if (i == crumbs.size() - 1 || crumb[1].isEmpty()) {
        out.append("<span>").append(Html.escape(crumb[0])).append("</span>");
      } else {
        out.append("<a href=\"").append(Html.escape(crumb[1])).append("\">").append(Html.escape(crumb[0])).append("</a>");
      }
    }
    return out.append("</nav>").toString();
  }

  private static void link(StringBuilder out, String base, int page, String label) {
    out.append("<a href=\"").append(Html.escape(base)).append(page == 1 ? "" : "?page=" + page).append("\">")
        .append(Html.escape(label)).append("</a>");
  }
}
