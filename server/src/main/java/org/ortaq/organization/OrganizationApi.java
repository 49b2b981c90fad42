package org.ortaq.organization;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ortaq.error.NotFound;
import org.ortaq.text.Language;
import org.ortaq.web.Bearer;
import org.ortaq.web.Json;
import org.ortaq.web.OpenApi;
import org.ortaq.web.Paging;
import org.ortaq.web.Routes;

/** {@code /api/v1/organizations}: the directory as JSON. */
public final class OrganizationApi implements Routes {
  private final OrganizationService organizations;
  private final OpenApi openApi;

  public OrganizationApi(OrganizationService organizations, OpenApi openApi) {
    this.organizations = organizations;
    this.openApi = openApi;
    openApi.schema("Organization", OrganizationSchemas.ORGANIZATION);
    openApi.schema("OrganizationInput", OrganizationSchemas.INPUT);
    openApi.schema("OrganizationList", OrganizationSchemas.LIST);
  }

  @Override
  public void mount(RoutesConfig routes) {
    String tag = "organizations";
    openApi.on(routes)
        .get("/api/v1/organizations", OpenApi.operation("List organizations", tag)
            .query("page", "integer", "1-based page").query("per_page", "integer", "1 to 100, default 20")
            .returns(200, "a page of organizations", "OrganizationList"), this::list)
        .get("/api/v1/organizations/{id}", OpenApi.operation("Get an organization by id or slug", tag)
            .returns(200, "the organization", "Organization").returns(404, "no such organization", ""), this::show)
        .post("/api/v1/organizations", OpenApi.operation("Create an organization (platform administrators)", tag)
            .requestBody("OrganizationInput").returns(201, "created", "Organization")
            .returns(422, "invalid fields", "Problem").secured(), this::create)
        .patch("/api/v1/organizations/{id}", OpenApi.operation("Change an organization (its admins)", tag)
            .requestBody("OrganizationInput").returns(200, "changed", "Organization")
            .returns(422, "invalid fields", "Problem").secured(), this::update)
        .delete("/api/v1/organizations/{id}", OpenApi.operation("Delete an unused organization (platform administrators)", tag)
            .returns(204, "deleted", "").returns(409, "still in use", "Problem").secured(), this::delete);
  }

  private void list(Context ctx) {
    Paging paging = Paging.of(ctx);
    List<Organization> all = organizations.all();
    List<Map<String, Object>> items = all.stream().skip(paging.offset()).limit(paging.perPage()).map(OrganizationApi::json).toList();
    Json.write(ctx, 200, paging.page(items, all.size()));
  }

  private void show(Context ctx) {
    Json.write(ctx, 200, json(find(ctx)));
  }

  private void create(Context ctx) {
    Organization created = organizations.create(Bearer.requireActor(ctx), Json.read(ctx, OrganizationInput.class));
    ctx.header("Location", "/api/v1/organizations/" + created.id());
    Json.write(ctx, 201, json(created));
  }

  private void update(Context ctx) {
    Organization organization = find(ctx);
    Json.write(ctx, 200, json(organizations.update(Bearer.requireActor(ctx), organization.id(), Json.read(ctx, OrganizationInput.class))));
  }

  private void delete(Context ctx) {
    organizations.delete(Bearer.requireActor(ctx), find(ctx).id());
    ctx.status(204);
  }

  private Organization find(Context ctx) {
    String key = ctx.pathParam("id");
    return (key.matches("\\d{1,18}") ? organizations.find(Long.parseLong(key)) : organizations.findBySlug(key))
        .orElseThrow(() -> new NotFound("organization", key));
  }

  static Map<String, Object> json(Organization organization) {
    var names = new LinkedHashMap<String, String>();
    var descriptions = new LinkedHashMap<String, String>();
    organization.texts().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
      names.put(e.getKey().code(), e.getValue().name());
      descriptions.put(e.getKey().code(), e.getValue().description());
    });
    var json = new LinkedHashMap<String, Object>();
    json.put("id", organization.id());
    json.put("slug", organization.slug());
    json.put("names", names);
    json.put("descriptions", descriptions);
    json.put("country", organization.country());
    json.put("city", organization.city());
    json.put("time_zone", organization.timeZone().getId());
    json.put("languages", organization.languages().stream().map(Language::code).toList());
    json.put("website", organization.website());
    json.put("logo", organization.logo());
    json.put("status", organization.status().code());
    json.put("sample", organization.sample());
    json.put("url", "/" + organization.languages().stream().findFirst().orElse(Language.AZ).code() + "/" + organization.slug() + "/");
    return json;
  }
}
