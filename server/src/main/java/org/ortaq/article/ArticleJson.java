package org.ortaq.article;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.web.OpenApi;

/** The JSON shapes of the article API, and their schemas. */
final class ArticleJson {
  private final OrganizationService organizations;
  private final PublishedArticles published;

  ArticleJson(OrganizationService organizations, PublishedArticles published) {
    this.organizations = organizations;
    this.published = published;
  }

  Map<String, Object> of(Article article) {
    Organization organization = organizations.require(article.organizationId());
    var json = new LinkedHashMap<String, Object>();
    json.put("id", article.id());
    json.put("organization", organization.slug());
    json.put("language", article.language().code());
    json.put("slug", article.slug());
    json.put("title", article.title());
    json.put("short_story", article.shortStory());
    json.put("full_story", article.fullStory());
    json.put("author", article.author());
    json.put("status", article.status().code());
    json.put("main_image", article.mainImage());
    json.put("categories", categorySlugs(article));
    json.put("tags", article.tags());
    json.put("published_at", article.publishedAt().toString());
    json.put("updated_at", article.updatedAt().toString());
    json.put("views", article.views());
    json.put("url", article.isPublished() ? article.path() : "");
    json.put("translations", published.versions(article.groupId()).stream()
        .filter(version -> version.id() != article.id())
        .map(version -> Map.of("id", version.id(), "language", version.language().code(), "status", version.status().code()))
        .toList());
    json.put("sharing", of(published.sharing(article.groupId())));
    return json;
  }

  Map<String, Object> of(Sharing sharing) {
    var json = new LinkedHashMap<String, Object>();
    json.put("front_page", sharing.frontPage());
    json.put("organizations", sharing.organizationIds().stream()
        .map(id -> organizations.find(id).map(Organization::slug).orElse(Long.toString(id))).toList());
    return json;
  }

  static Map<String, Object> of(Category category) {
    var names = category.names().entrySet().stream().sorted(Map.Entry.comparingByKey())
        .collect(Collectors.toMap(e -> e.getKey().code(), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new));
    return Map.of("slug", category.slug(), "names", names, "position", category.position());
  }

  List<String> categorySlugs(Article article) {
    Map<Long, String> slugs = published.categories().stream().collect(Collectors.toMap(Category::id, Category::slug));
    return article.categoryIds().stream().map(slugs::get).filter(slug -> slug != null).toList();
  }

  static void schemas(OpenApi openApi) {
    Map<String, Object> string = Map.of("type", "string");
    Map<String, Object> strings = Map.of("type", "array", "items", string);
    openApi.schema("Article", Map.of("type", "object", "properties", Map.ofEntries(
        Map.entry("id", Map.of("type", "integer")), Map.entry("organization", string), Map.entry("language", string),
        Map.entry("slug", string), Map.entry("title", string), Map.entry("short_story", string),
        Map.entry("full_story", string), Map.entry("author", string),
        Map.entry("status", Map.of("type", "string", "enum", List.of("draft", "review", "scheduled", "published", "archived"))),
        Map.entry("main_image", string), Map.entry("categories", strings), Map.entry("tags", strings),
        Map.entry("published_at", Map.of("type", "string", "format", "date-time")),
        Map.entry("updated_at", Map.of("type", "string", "format", "date-time")),
        Map.entry("views", Map.of("type", "integer")), Map.entry("url", string),
        Map.entry("translations", Map.of("type", "array", "items", Map.of("type", "object"))),
        Map.entry("sharing", Map.of("$ref", "#/components/schemas/Sharing")))));
    openApi.schema("ArticleInput", Map.of("type", "object", "additionalProperties", false, "properties", Map.ofEntries(
        Map.entry("organization", Map.of("type", "string", "description", "organization slug; required on create")),
        Map.entry("language", string), Map.entry("title", Map.of("type", "string", "maxLength", 500)),
        Map.entry("slug", string), Map.entry("short_story", Map.of("type", "string", "description", "HTML, sanitized on save")),
        Map.entry("full_story", Map.of("type", "string", "description", "HTML, sanitized on save")),
        Map.entry("author", string), Map.entry("main_image", string),
        Map.entry("categories", Map.of("type", "array", "items", string, "description", "category slugs")),
        Map.entry("tags", strings),
        Map.entry("translation_of", Map.of("type", "integer", "description", "id of the article this one translates")))));
    openApi.schema("ArticleList", Map.of("type", "object", "properties", Map.of(
        "items", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Article")),
        "page", Map.of("type", "integer"), "per_page", Map.of("type", "integer"),
        "total", Map.of("type", "integer"), "pages", Map.of("type", "integer"))));
    openApi.schema("Sharing", Map.of("type", "object", "properties", Map.of(
        "front_page", Map.of("type", "boolean"), "organizations", strings)));
    openApi.schema("ShareInput", Map.of("type", "object", "additionalProperties", false, "properties", Map.of(
        "front_page", Map.of("type", "boolean"), "organizations", Map.of("type", "array", "items", string,
            "description", "slugs of partner organizations"))));
    openApi.schema("CategoryList", Map.of("type", "object", "properties", Map.of(
        "items", Map.of("type", "array", "items", Map.of("type", "object")))));
  }
}
