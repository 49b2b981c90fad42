package org.ortaq.statement;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.ortaq.error.NotFound;
import org.ortaq.feed.FeedChannel;
import org.ortaq.feed.FeedEntry;
import org.ortaq.feed.FeedWriter;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.template.Item;
import org.ortaq.template.PageContext;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.theme.PageModel;
import org.ortaq.theme.PageRenderer;
import org.ortaq.web.PageResponder;
import org.ortaq.web.Routes;

/** Published joint statements: the list, each statement with its signatories, and each signatory's feed. */
public final class StatementPages implements Routes {
  private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Baku");

  private final StatementService statements;
  private final OrganizationService organizations;
  private final PageRenderer renderer;
  private final PageResponder responder;
  private final Supplier<String> publicUrl;
  private final FeedWriter feeds = new FeedWriter();

  public StatementPages(StatementService statements, OrganizationService organizations, PageRenderer renderer,
      PageResponder responder, Supplier<String> publicUrl) {
    this.statements = statements;
    this.organizations = organizations;
    this.renderer = renderer;
    this.responder = responder;
    this.publicUrl = publicUrl;
  }

  @Override
  public void mount(RoutesConfig routes) {
    Routes.page(routes, "/{lang}/statements/", this::list);
    routes.get("/{lang}/statements", ctx -> ctx.redirect("/" + language(ctx).code() + "/statements/"));
    Routes.page(routes, "/{lang}/statements/{slug}", this::statement);
    Routes.page(routes, "/{lang}/{organization}/statements.rss", ctx -> feed(ctx, "rss"));
    Routes.page(routes, "/{lang}/{organization}/statements.atom", ctx -> feed(ctx, "atom"));
  }

  /** The published statements an organization signed, for its page. */
  public String organizationSection(Language language, Organization organization) {
    List<Statement> signed = statements.signedBy(organization.id());
    if (signed.isEmpty()) {
      return "";
    }
    var out = new StringBuilder("<section class=\"organization-statements\"><h2>")
        .append(Html.escape(message(language, "nav_statements"))).append(" <a class=\"feed-link\" href=\"/")
        .append(language.code()).append('/').append(Html.escape(organization.slug())).append("/statements.rss\">RSS</a></h2>");
    PageContext context = renderer.context(language, "statements").build();
    signed.forEach(s -> renderer.renderItem("statementshort.tpl", context, item(s, language).build(), out));
    return out.append("</section>").toString();
  }

  private void list(Context ctx) {
    Language language = language(ctx);
    responder.html(ctx, Set.of(StatementService.STATEMENTS), () -> {
      PageContext context = renderer.context(language, "statements").build();
      var content = new StringBuilder("<h1 class=\"list-title\">").append(Html.escape(message(language, "nav_statements")))
          .append("</h1>");
      List<Statement> published = statements.all().stream().filter(Statement::published).toList();
      if (published.isEmpty()) {
        content.append("<p class=\"message\">").append(Html.escape(message(language, "statements_none"))).append("</p>");
      }
      published.forEach(s -> renderer.renderItem("statementshort.tpl", context, item(s, language).build(), content));
      return renderer.renderPage(new PageModel(language, "statements", message(language, "nav_statements"), "",
          "/" + language.code() + "/statements/", Language.all().stream()
              .map(l -> new PageModel.Alternate(l, "/" + l.code() + "/statements/")).toList(),
          content.toString(), "", speedbar(language, ""), ""));
    });
  }

  private void statement(Context ctx) {
    Language language = language(ctx);
    String slug = ctx.pathParam("slug");
    responder.html(ctx, Set.of(StatementService.STATEMENTS, "statement:" + slug), () -> {
      Statement statement = statements.findBySlug(slug).filter(Statement::published)
          .orElseThrow(() -> new NotFound("statement " + slug));
      var content = new StringBuilder();
      renderer.renderItem("statement.tpl", renderer.context(language, "statement").build(),
          item(statement, language).value("statement-text", statement.text(language).body()).build(), content);
      return renderer.renderPage(new PageModel(language, "statement", statement.title(language), "",
          statement.path(language), statement.texts().keySet().stream().sorted()
              .map(l -> new PageModel.Alternate(l, statement.path(l))).toList(),
          content.toString(), "", speedbar(language, statement.title(language)), ""));
    });
  }

  private void feed(Context ctx, String format) {
    Language language = language(ctx);
    Organization organization = organizations.findBySlug(ctx.pathParam("organization"))
        .orElseThrow(() -> new NotFound("organization"));
    responder.serve(ctx, format.equals("rss") ? FeedWriter.RSS_CONTENT_TYPE : FeedWriter.ATOM_CONTENT_TYPE,
        Set.of("organization:" + organization.id(), StatementService.STATEMENTS), () -> {
          String site = publicUrl.get();
          List<FeedEntry> entries = feedEntries(language, organization, site, Integer.MAX_VALUE);
          Instant updated = entries.stream().map(FeedEntry::updated).max(Instant::compareTo).orElse(Instant.EPOCH);
          String base = "/" + language.code() + "/" + organization.slug() + "/";
          var channel = new FeedChannel(organization.name(language) + " — " + message(language, "nav_statements"),
              message(language, "site_tagline"), site + base, site + base + "statements." + format, language, updated);
          return format.equals("rss") ? feeds.rss(channel, entries) : feeds.atom(channel, entries);
        });
  }

  /**
   * The published statements an organization signed as feed entries linking to the statement
   * pages, newest first, at most {@code limit}: for its statements feed and its news feed.
   */
  public List<FeedEntry> feedEntries(Language language, Organization organization, String site, int limit) {
    List<FeedEntry> entries = new ArrayList<>();
    for (Statement statement : statements.signedBy(organization.id()).stream().limit(limit).toList()) {
      String url = site + statement.path(language);
      Instant published = statement.publishedAt().orElse(statement.updatedAt());
      entries.add(new FeedEntry(url, statement.title(language), url, statement.text(language).body(),
          statement.text(language).body(), published, statement.updatedAt(),
          organizations.require(statement.authorId()).name(language), List.of(message(language, "kind_statement")), ""));
    }
    return entries;
  }

  private Item.Builder item(Statement statement, Language language) {
    var signatories = new StringBuilder();
    for (Statement.Signatory signatory : statement.signed()) {
      Organization organization = organizations.require(signatory.organizationId());
      signatories.append("<li><a href=\"/").append(language.code()).append('/').append(Html.escape(organization.slug()))
          .append("/\">").append(Html.escape(organization.name(language))).append("</a></li>");
    }
    Instant published = statement.publishedAt().orElse(statement.updatedAt());
    return Item.builder()
        .title(statement.title(language))
        .date(published)
        .value("statement-link", Html.escape(statement.path(language)))
        .value("full-link", Html.escape(statement.path(language)))
        .value("statement-date", Html.escape(published.atZone(DISPLAY_ZONE)
            .format(DateTimeFormatter.ofPattern("d MMMM yyyy", language.locale()))))
        .value("statement-author", Html.escape(organizations.require(statement.authorId()).name(language)))
        .value("statement-signatories", signatories.toString())
        .value("statement-signatory-count", Integer.toString(statement.signed().size()));
  }

  private String speedbar(Language language, String current) {
    String home = "<nav class=\"speedbar\" aria-label=\"breadcrumbs\"><a href=\"/" + language.code() + "/\">"
        + Html.escape(message(language, "nav_home")) + "</a> » ";
    if (current.isEmpty()) {
      return home + "<span>" + Html.escape(message(language, "nav_statements")) + "</span></nav>";
    }
    return home + "<a href=\"/" + language.code() + "/statements/\">" + Html.escape(message(language, "nav_statements"))
        + "</a> » <span>" + Html.escape(current) + "</span></nav>";
  }

  private String message(Language language, String key) {
    return renderer.messages().get(language, key);
  }

  private static Language language(Context ctx) {
    return Language.of(ctx.pathParam("lang")).orElseThrow(() -> new NotFound("language"));
  }
}
