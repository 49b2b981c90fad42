package org.ortaq.search;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.template.Item;
import org.ortaq.template.PageContext;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.theme.PageModel;
import org.ortaq.theme.PageRenderer;
import org.ortaq.web.Json;
import org.ortaq.web.OpenApi;
import org.ortaq.web.Routes;

/** The search page {@code /{lang}/search?q=}, {@code /api/v1/search} and title suggestions. */
public final class SearchRoutes implements Routes {
  private static final List<String> FILTERS = List.of("organization", "language", "category", "kind");

  private final Searcher searcher;
  private final PageRenderer renderer;
  private final OpenApi openApi;
  private final FacetLabels labels;

  /** Names readers see for facet values (organization and category slugs). */
  @FunctionalInterface
  public interface FacetLabels {
    String label(String dimension, String value, Language language);
  }

  public SearchRoutes(Searcher searcher, PageRenderer renderer, OpenApi openApi, FacetLabels labels) {
    this.searcher = searcher;
    this.renderer = renderer;
    this.openApi = openApi;
    this.labels = labels;
    openApi.schema("SearchResults", Map.of("type", "object", "properties", Map.of(
        "hits", Map.of("type", "array", "items", Map.of("type", "object")),
        "total", Map.of("type", "integer"),
        "exact", Map.of("type", "boolean", "description", "false when total and facets are estimates (many matches)"),
        "page", Map.of("type", "integer"), "pages", Map.of("type", "integer"),
        "facets", Map.of("type", "object", "description", "dimension → value → count"))));
    openApi.schema("Suggestions", Map.of("type", "object", "properties",
        Map.of("suggestions", Map.of("type", "array", "items", Map.of("type", "string")))));
  }

  @Override
  public void mount(RoutesConfig routes) {
    routes.get("/{lang}/search", this::page);
    openApi.on(routes)
        .get("/api/v1/search", OpenApi.operation("Search published content in every language", "search")
            .query("q", "string", "the words; quotes for phrases, - to exclude")
            .query("organization", "string", "organization slug").query("language", "string", "az, tr, en or ru")
            .query("category", "string", "category slug").query("kind", "string", "article, event, decision, statement or organization")
            .query("from", "string", "YYYY-MM-DD").query("to", "string", "YYYY-MM-DD")
            .query("lang", "string", "the reader's language (az, tr, en or ru): an item found in several languages is one hit, in this language where it can be")
            .query("page", "integer", "1-based").query("per_page", "integer", "1 to 50")
            .returns(200, "hits with snippets and facet counts", "SearchResults"), this::api)
        .get("/api/v1/search/suggest", OpenApi.operation("Titles that start like the typed words", "search")
            .query("q", "string", "what is typed so far").returns(200, "up to 8 titles", "Suggestions"), this::suggest);
  }

  private void api(Context ctx) {
    Optional<Language> reader = param(ctx, "lang").map(code -> Language.of(code)
        .orElseThrow(() -> new Invalid("lang", "must be az, tr, en or ru")));
    SearchResults results = searcher.search(query(ctx, 20, reader));
    var json = new LinkedHashMap<String, Object>();
    json.put("hits", results.hits());
    json.put("total", results.total());
    json.put("exact", results.exact());
    json.put("page", results.page());
    json.put("pages", results.pages());
    json.put("facets", results.facets());
    Json.write(ctx, 200, json);
  }

  private void suggest(Context ctx) {
    Json.write(ctx, 200, Map.of("suggestions", searcher.suggest(ctx.queryParam("q"), 8)));
  }

  private void page(Context ctx) {
    Language language = Language.of(ctx.pathParam("lang")).orElseThrow(() -> new NotFound("language"));
    SearchQuery query;
    String problem = "";
    try {
      query = query(ctx, 10, Optional.of(language));
    } catch (Invalid e) {
      query = SearchQuery.of(ctx.queryParam("q"), language);
      problem = e.getMessage();
    }
    var messages = renderer.messages();
    PageContext context = renderer.context(language, "search").build();
    var results = new StringBuilder();
    SearchResults found = query.text().isEmpty() ? null : searcher.search(query);
    if (found != null) {
      for (SearchResults.Hit hit : found.hits()) {
        renderer.renderItem("searchresult.tpl", context, Item.builder()
            .title(hit.title())
            .date(hit.date())
            .value("full-link", Html.escape(hit.url()))
            .value("snippet", hit.snippet())
            .value("organization", Html.escape(hit.organizationName()))
            .block("organization", !hit.organizationName().isEmpty())
            .value("kind", Html.escape(messages.get(language, "kind_" + hit.kind())))
            .value("hit-language", hit.language())
            .build(), results);
      }
    }
    String message = !problem.isEmpty() ? problem
        : query.text().isEmpty() ? messages.get(language, "search_type_something")
        : found.total() == 0 ? messages.get(language, "search_nothing_found")
        : messages.get(language, "search_found").replace("{n}", (found.exact() ? "" : "≈ ") + found.total());
    var content = new StringBuilder();
    renderer.renderItem("search.tpl", context, Item.builder()
        .value("search-query", Html.escape(query.text()))
        .value("search-message", Html.escape(message))
        .value("search-results", results.toString())
        .value("search-facets", found == null ? "" : facets(language, ctx, found))
        .value("search-navigation", found == null ? "" : navigation(ctx, found))
        .block("search-results", found != null && !found.hits().isEmpty())
        .build(), content);
    String title = messages.get(language, "search") + (query.text().isEmpty() ? "" : ": " + query.text());
    ctx.header("Cache-Control", "no-store");
    String queryString = ctx.queryString() == null ? "" : "?" + ctx.queryString();
    List<PageModel.Alternate> alternates = Language.all().stream()
        .map(l -> new PageModel.Alternate(l, "/" + l.code() + "/search" + queryString)).toList();
    ctx.html(renderer.renderPage(new PageModel(language, "search", title, "", "", alternates, content.toString(), "", "",
        "<meta name=\"robots\" content=\"noindex\">\n")));
  }

  private static SearchQuery query(Context ctx, int perPage, Optional<Language> reader) {
    Optional<Instant> from = date(ctx, "from", 0);
    Optional<Instant> to = date(ctx, "to", 1);
    int page = 1;
    String pageText = ctx.queryParam("page");
    if (pageText != null && !pageText.isBlank()) {
      try {
        page = Integer.parseInt(pageText.strip());
      } catch (NumberFormatException e) {
        throw new Invalid("page", "must be a whole number");
      }
    }
    String perPageText = ctx.queryParam("per_page");
    int size = perPage;
    if (perPageText != null && perPageText.matches("\\d{1,3}")) {
      size = Integer.parseInt(perPageText);
    }
    return new SearchQuery(ctx.queryParam("q"), param(ctx, "organization"), param(ctx, "language"),
        param(ctx, "category"), param(ctx, "kind"), from, to, reader, page, size);
  }

  private static Optional<String> param(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  private static Optional<Instant> date(Context ctx, String name, int plusDays) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(value.strip()).plusDays(plusDays).atStartOfDay(ZoneOffset.UTC).toInstant());
    } catch (DateTimeParseException e) {
      throw new Invalid(name, "must be a date such as 2024-06-15");
    }
  }

  private String facets(Language language, Context ctx, SearchResults results) {
    var out = new StringBuilder("<div class=\"facets\">");
    for (String dimension : FILTERS) {
      Map<String, Long> values = results.facets().getOrDefault(dimension, Map.of());
      if (values.isEmpty()) {
        continue;
      }
      out.append("<section><h3>").append(Html.escape(renderer.messages().get(language, "facet_" + dimension))).append("</h3><ul>");
      String active = ctx.queryParam(dimension);
      values.forEach((value, count) -> {
        boolean on = value.equals(active);
        out.append("<li").append(on ? " class=\"on\"" : "").append("><a href=\"")
            .append(Html.escape(link(ctx, dimension, on ? "" : value))).append("\">").append(Html.escape(label(dimension, value, language)))
            .append("</a> <span class=\"count\">").append(count).append("</span></li>");
      });
      out.append("</ul></section>");
    }
    return out.append("</div>").toString();
  }

  private String label(String dimension, String value, Language language) {
    return switch (dimension) {
      case "language" -> Language.of(value).map(Language::nativeName).orElse(value);
      case "kind" -> renderer.messages().get(language, "kind_" + value);
      default -> labels.label(dimension, value, language);
    };
  }

  private static String navigation(Context ctx, SearchResults results) {
    if (results.pages() <= 1) {
      return "";
    }
    var out = new StringBuilder("<nav class=\"pagination\">");
    int from = Math.max(1, results.page() - 3);
    int to = Math.min(results.pages(), results.page() + 3);
    for (int n = from; n <= to; n++) {
      if (n == results.page()) {
        out.append("<span class=\"current\">").append(n).append("</span>");
      } else {
        out.append("<a href=\"").append(Html.escape(link(ctx, "page", Integer.toString(n)))).append("\">").append(n).append("</a>");
      }
    }
    return out.append("</nav>").toString();
  }

  /** The current search's URL with one parameter changed ("" removes it); filters reset the page. */
  private static String link(Context ctx, String name, String value) {
    var params = new LinkedHashMap<String, String>();
    ctx.queryParamMap().forEach((key, values) -> {
      if (!values.isEmpty() && !key.equals("page")) {
        params.put(key, values.get(0));
      }
    });
    if (value.isEmpty()) {
      params.remove(name);
    } else {
      params.put(name, value);
    }
    var out = new StringBuilder(ctx.path()).append('?');
    params.forEach((key, v) -> out.append(URLEncoder.encode(key, StandardCharsets.UTF_8)).append('=')
        .append(URLEncoder.encode(v, StandardCharsets.UTF_8)).append('&'));
    return out.substring(0, out.length() - 1);
  }
}
