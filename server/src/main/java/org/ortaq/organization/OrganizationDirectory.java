package org.ortaq.organization;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.text.Collator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import org.ortaq.error.NotFound;
import org.ortaq.template.Item;
import org.ortaq.template.PageContext;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.theme.PageModel;
import org.ortaq.theme.PageRenderer;
import org.ortaq.web.Bearer;
import org.ortaq.web.Json;
import org.ortaq.web.OpenApi;
import org.ortaq.web.PageResponder;
import org.ortaq.web.Routes;

/**
 * The directory {@code /{lang}/organizations}: filters by country, city, language and status, the
 * list first, then a Leaflet map (from its WebJar) that the page does without when the script or
 * the tiles cannot load.
 */
public final class OrganizationDirectory implements Routes {
  /** The cache key of the directory page (organization changes drop every page anyway). */
  public static final String DIRECTORY = "directory";
  private static final String LEAFLET = "/META-INF/resources/webjars/leaflet/1.9.4/dist/";
  private static final Map<String, String> TYPES = Map.of("js", "text/javascript; charset=utf-8",
      "css", "text/css; charset=utf-8", "png", "image/png");

  private final OrganizationService organizations;
  private final OrganizationPlaces places;
  private final PageRenderer renderer;
  private final PageResponder responder;
  private final OpenApi openApi;
  private final Map<String, byte[]> assets = new ConcurrentHashMap<>();

  public OrganizationDirectory(OrganizationService organizations, OrganizationPlaces places, PageRenderer renderer,
      PageResponder responder, OpenApi openApi) {
    this.organizations = organizations;
    this.places = places;
    this.renderer = renderer;
    this.responder = responder;
    this.openApi = openApi;
    openApi.schema("LocationInput", Map.of("type", "object", "additionalProperties", false,
        "required", List.of("latitude", "longitude"),
        "properties", Map.of("latitude", Map.of("type", "number"), "longitude", Map.of("type", "number"))));
  }

  @Override
  public void mount(RoutesConfig routes) {
    Routes.page(routes, "/{lang}/organizations", this::directory);
    routes.get("/{lang}/organizations/", ctx -> ctx.redirect("/" + language(ctx).code() + "/organizations"));
    routes.get("/assets/leaflet/<path>", this::leaflet);
    openApi.on(routes).post("/api/v1/organizations/{id}/location",
        OpenApi.operation("Set where an organization is, for the directory's map (its admins)", "organizations")
            .requestBody("LocationInput").returns(204, "set", "").returns(422, "out of range", "Problem").secured(),
        this::locate);
  }

  record LocationInput(Double latitude, Double longitude) {}

  private void locate(Context ctx) {
    String key = ctx.pathParam("id");
    Organization organization = (key.matches("\\d{1,18}") ? organizations.find(Long.parseLong(key))
        : organizations.findBySlug(key)).orElseThrow(() -> new NotFound("organization", key));
    LocationInput input = Json.read(ctx, LocationInput.class);
    if (input.latitude() == null || input.longitude() == null) {
      throw new org.ortaq.error.Invalid("latitude", "give latitude and longitude");
    }
    places.locate(Bearer.requireActor(ctx), organization.id(), new OrganizationPlaces.Place(input.latitude(), input.longitude()));
    ctx.status(204);
  }

  private void directory(Context ctx) {
    Language language = language(ctx);
    String country = filter(ctx, "country").toUpperCase(Locale.ROOT);
    String city = filter(ctx, "city");
    String spoken = filter(ctx, "language");
    String kind = filter(ctx, "kind");
    responder.html(ctx, Set.of(DIRECTORY), () -> {
      List<Organization> all = organizations.all();
      Collator collator = Collator.getInstance(language.locale());
      List<Organization> shown = all.stream()
          .filter(o -> country.isEmpty() || o.country().equals(country))
          .filter(o -> city.isEmpty() || o.city().equalsIgnoreCase(city))
          .filter(o -> spoken.isEmpty() || o.languages().stream().anyMatch(l -> l.code().equals(spoken)))
          .filter(o -> kind.isEmpty() || o.status().code().equals(kind))
          .sorted((a, b) -> collator.compare(a.name(language), b.name(language)))
          .toList();
      Map<Long, OrganizationPlaces.Place> located = places.all();
      PageContext context = renderer.context(language, "organizations").build();
      var list = new StringBuilder();
      var markers = new ArrayList<Map<String, Object>>();
      for (Organization organization : shown) {
        String path = "/" + language.code() + "/" + organization.slug() + "/";
        renderer.renderItem("organizationshort.tpl", context, Item.builder()
            .title(organization.name(language))
            .value("organization-link", Html.escape(path))
            .value("organization-country", Html.escape(countryName(organization.country(), language)))
            .value("organization-city", Html.escape(organization.city()))
            .value("organization-languages", Html.escape(String.join(", ",
                organization.languages().stream().map(Language::nativeName).toList())))
            .value("organization-status", Html.escape(message(language, "organization_status_" + organization.status().code())))
            .value("organization-status-code", organization.status().code())
            .value("organization-description", Html.escape(organization.text(language).description()))
            .block("organization-description", !organization.text(language).description().isEmpty())
            .block("sample", organization.sample())
            .build(), list);
        OrganizationPlaces.Place place = located.get(organization.id());
        if (place != null) {
          markers.add(Map.of("name", organization.name(language), "url", path, "lat", place.latitude(),
              "lng", place.longitude()));
        }
      }
      if (shown.isEmpty()) {
        list.append("<p class=\"message\">").append(Html.escape(message(language, "organizations_none"))).append("</p>");
      }
      var item = Item.builder().title(message(language, "organizations_title"))
          .value("organization-filters", filters(language, all, country, city, spoken, kind))
          .value("organization-list", list.toString())
          .value("organization-count", Integer.toString(shown.size()))
          .value("organization-map-data", json(markers))
          .block("organization-map", !markers.isEmpty())
          .build();
      var content = new StringBuilder();
      renderer.renderItem("organizations.tpl", context, item, content);
      String base = "/" + language.code() + "/organizations";
      String head = markers.isEmpty() ? "" : "<link rel=\"stylesheet\" href=\"/assets/leaflet/leaflet.css\">\n";
      return renderer.renderPage(new PageModel(language, "organizations", message(language, "organizations_title"), "",
          base, Language.all().stream().map(l -> new PageModel.Alternate(l, "/" + l.code() + "/organizations")).toList(),
          content.toString(), "", "<nav class=\"speedbar\" aria-label=\"breadcrumbs\"><a href=\"/" + language.code() + "/\">"
              + Html.escape(message(language, "nav_home")) + "</a> » <span>"
              + Html.escape(message(language, "nav_organizations")) + "</span></nav>", head));
    });
  }

  private String filters(Language language, List<Organization> all, String country, String city, String spoken, String kind) {
    var countries = new TreeSet<String>();
    var cities = new TreeSet<String>(Collator.getInstance(language.locale()));
    all.forEach(o -> {
      countries.add(o.country());
      if (!o.city().isEmpty()) {
        cities.add(o.city());
      }
    });
    var out = new StringBuilder("<form class=\"filters\" method=\"get\" action=\"/").append(language.code())
        .append("/organizations\">");
    select(out, language, "country", "filter_country", country,
        countries.stream().map(c -> new String[] {c, countryName(c, language)}).toList());
    select(out, language, "city", "filter_city", city, cities.stream().map(c -> new String[] {c, c}).toList());
    select(out, language, "language", "filter_language", spoken,
        Language.all().stream().map(l -> new String[] {l.code(), l.nativeName()}).toList());
    select(out, language, "kind", "filter_kind", kind, java.util.Arrays.stream(MembershipStatus.values())
            .map(s -> new String[] {s.code(), message(language, "organization_status_" + s.code())}).toList());
    return out.append("<button type=\"submit\">").append(Html.escape(message(language, "filter_apply")))
        .append("</button></form>").toString();
  }

  private void select(StringBuilder out, Language language, String name, String label, String current, List<String[]> options) {
    out.append("<label>").append(Html.escape(message(language, label))).append(" <select name=\"").append(name)
        .append("\"><option value=\"\">").append(Html.escape(message(language, "filter_any"))).append("</option>");
    for (String[] option : options) {
      out.append("<option value=\"").append(Html.escape(option[0])).append('"')
          .append(option[0].equalsIgnoreCase(current) ? " selected" : "").append('>').append(Html.escape(option[1]))
          .append("</option>");
    }
    out.append("</select></label> ");
  }

  private void leaflet(Context ctx) {
    String path = ctx.pathParam("path");
    if (!path.matches("[a-z0-9-]+(/[a-z0-9-]+)*\\.(js|css|png)")) {
      throw new NotFound(path);
    }
    byte[] bytes = assets.computeIfAbsent(path, p -> {
      try (InputStream in = OrganizationDirectory.class.getResourceAsStream(LEAFLET + p)) {
        return in == null ? new byte[0] : in.readAllBytes();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    if (bytes.length == 0) {
      throw new NotFound(path);
    }
    ctx.header("Cache-Control", "public, max-age=86400").contentType(TYPES.get(path.substring(path.lastIndexOf('.') + 1)))
        .result(bytes);
  }

  /** The markers as JSON for a script element: {@code </} cannot close it early. */
  private static String json(List<Map<String, Object>> markers) {
    try {
      return Json.MAPPER.writeValueAsString(markers).replace("</", "<\\/");
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String countryName(String code, Language language) {
    String name = Locale.of("", code).getDisplayCountry(language.locale());
    return name.isEmpty() ? code : name;
  }

  private static String filter(Context ctx, String name) {
    String value = ctx.queryParam(name);
    return value == null ? "" : value.strip();
  }

  private String message(Language language, String key) {
    return renderer.messages().get(language, key);
  }

  private static Language language(Context ctx) {
    return Language.of(ctx.pathParam("lang")).orElseThrow(() -> new NotFound("language"));
  }
}
