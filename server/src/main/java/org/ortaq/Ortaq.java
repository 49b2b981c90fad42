package org.ortaq;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.ortaq.article.ArticleApi;
import org.ortaq.article.ArticleFeeds;
import org.ortaq.article.ArticlePreview;
import org.ortaq.desk.Desk;
import org.ortaq.mail.Mailer;
import org.ortaq.mail.SmtpSettings;
import org.ortaq.article.OpenGraphHead;
import org.ortaq.article.ArticlePages;
import org.ortaq.article.ArticleService;
import org.ortaq.article.ArticleStore;
import org.ortaq.article.CategoryStore;
import org.ortaq.article.PublishedArticles;
import org.ortaq.article.PublishedCategories;
import org.ortaq.article.ViewCounter;
import org.ortaq.config.Config;
import org.ortaq.config.StartupFailure;
import org.ortaq.demo.DemoContent;
import org.ortaq.event.EventApi;
import org.ortaq.event.EventPages;
import org.ortaq.event.EventStore;
import org.ortaq.decision.DecisionApi;
import org.ortaq.decision.DecisionPages;
import org.ortaq.organization.OrganizationApi;
import org.ortaq.organization.OrganizationDirectory;
import org.ortaq.organization.OrganizationPlaces;
import org.ortaq.organization.OrganizationService;
import org.ortaq.organization.OrganizationStore;
import org.ortaq.search.SearchRoutes;
import org.ortaq.statement.StatementApi;
import org.ortaq.statement.StatementPages;
import org.ortaq.store.Changes;
import org.ortaq.store.Database;
import org.ortaq.text.Language;
import org.ortaq.theme.PageRenderer;
import org.ortaq.theme.ThemeAssets;
import org.ortaq.theme.ThemeCatalog;
import org.ortaq.theme.Themes;
import org.ortaq.web.Bearer;
import org.ortaq.web.HealthRoutes;
import org.ortaq.web.LanguageNegotiation;
import org.ortaq.web.Messages;
import org.ortaq.web.OpenApi;
import org.ortaq.web.PageCache;
import org.ortaq.web.Routes;
import org.ortaq.web.WebServer;

/** The composition root: wires configuration, store, features and web with {@code new}. */
public final class Ortaq implements AutoCloseable {
  private static final long PAGE_CACHE_BYTES = 64L * 1024 * 1024;

  private final Config config;
  private final Database database;
  private final WebServer web;
  private final Services services;
  private final Background background;
  private final Search search;

  private Ortaq(Config config, Database database, WebServer web, Services services, Background background,
      Search search) {
    this.config = config;
    this.database = database;
    this.web = web;
    this.services = services;
    this.background = background;
    this.search = search;
  }

  /**
   * Starts the platform. Checks come first (port, data directory, database) so that a bad setting
   * fails with a one-line {@link StartupFailure} before anything is written.
   */
  public static Ortaq start(Config config, Clock clock) {
    WebServer.checkPortFree(config.httpHost(), config.httpPort());
    prepareDataDir(config.dataDir());
    Database database = Database.open(config.dbUrl(), config.dbUser(), config.dbPassword());
    Search search = null;
    try {
      Services services = Services.create(database, clock);
      if (config.demoContent()) {
        new DemoContent(database, services.organizationStore(), services.articles(), services.categoryStore(),
            new EventStore(), clock).loadIfEmpty();
      }
      var publicUrl = new AtomicReference<>(config.publicUrl());
      var themes = new ThemeCatalog(Themes.defaultTheme(), config.dataDir().resolve("themes"));
      var categoryMenus = new PublishedCategories(database, services.categoryStore());
      services.changes().subscribe(keys -> categoryMenus.forget());
      var renderer = new PageRenderer(themes, new Messages(), clock, publicUrl::get, categoryMenus::in);
      List<Routes> routes = new ArrayList<>();
      routes.add(new HealthRoutes(database::answers));
      routes.add(new LanguageNegotiation());
      routes.add(new ThemeAssets(themes));
      var openApi = new OpenApi(Ortaq.class.getPackage().getImplementationVersion() == null ? "development"
          : Ortaq.class.getPackage().getImplementationVersion());
      routes.add(new Bearer(services.accounts()::authenticate));
      routes.add(openApi);
      routes.add(new OrganizationApi(services.organizations(), openApi));
      routes.add(new ArticleApi(services.articles(), services.published(), services.organizations(), openApi));
      routes.add(new EventApi(services.events(), services.organizations(), openApi));
      routes.add(new DecisionApi(services.decisions(), services.organizations(), openApi));
      routes.add(new StatementApi(services.statements(), services.organizations(), openApi));
      var messages = renderer.messages();
      // A page answered from the cache before routing still counts as an article view.
      var pageCache = new PageCache(PAGE_CACHE_BYTES, clock, services.views()::countPath);
      search = Search.start(config.dataDir(), database, services, clock);
      services.changes().subscribe(keys -> {
        if (keys.contains(OrganizationService.EVERY_PAGE)) {
          pageCache.invalidateAll();
        } else {
          pageCache.invalidate(keys);
        }
      });
      var statementPages = new StatementPages(services.statements(), services.organizations(), renderer,
          pageCache::serve, publicUrl::get);
      routes.add(new ArticleFeeds(services.published(), services.organizations(), pageCache::serve,
          messages, publicUrl::get, statementPages::feedEntries));
      routes.addAll(Desk.routes(services.signIn(), services.articles(), services.published(), services.organizations(),
          new ArticlePreview(services.published(), services.organizations(), renderer), services.audit(), database,
          themes, messages, config.dataDir().resolve("uploads"), publicUrl::get,
          Mailer.of(SmtpSettings.from(System.getenv())), clock, services.events(), services.decisions(), services.statements()));
      routes.add(new SearchRoutes(search.searcher(), renderer, openApi, (dimension, value, language) ->
          switch (dimension) {
            case "organization" -> services.organizations().findBySlug(value).map(o -> o.name(language)).orElse(value);
            case "category" -> services.published().category(value).map(c -> c.name(language)).orElse(value);
            default -> value;
          }));
      var eventPages = new EventPages(services.events(), services.organizations(), renderer, pageCache::serve,
          publicUrl::get);
      var decisionPages = new DecisionPages(services.decisions(), services.organizations(), renderer, pageCache::serve);
      // before ArticlePages, whose /{lang}/{organization}/ would take /{lang}/events/ and the like
      routes.add(eventPages);
      routes.add(decisionPages);
      routes.add(statementPages);
      routes.add(new OrganizationDirectory(services.organizations(),
          new OrganizationPlaces(database, services.changes(), clock), renderer, pageCache::serve, openApi));
      routes.add(new ArticlePages(services.published(), services.organizations(), renderer,
          pageCache::serve, services.views(), new OpenGraphHead(messages, publicUrl::get),
          (language, organization) -> eventPages.organizationSection(language, organization.id())
              + statementPages.organizationSection(language, organization)
              + decisionPages.organizationSection(language, organization.id())));
      var web = WebServer.start(config.httpHost(), config.httpPort(), routes,
          ctx -> ctx.html(renderer.notFound(languageOf(ctx.path()))), pageCache);
      if (config.httpPort() == 0 && config.publicUrl().endsWith(":0")) {
        publicUrl.set("http://" + config.httpHost() + ":" + web.port());
      }
      var background = Background.start(services);
      return new Ortaq(config, database, web, services, background, search);
    } catch (RuntimeException e) {
      if (search != null) {
        search.close();
      }
      database.close();
      throw e;
    }
  }

  /** The port the server listens on. */
  public int port() {
    return web.port();
  }

  /** The URL readers open. */
  public String url() {
    return "http://" + config.httpHost() + ":" + port() + "/";
  }

  public Database database() {
    return database;
  }

  public WebServer web() {
    return web;
  }

  public Search search() {
    return search;
  }

  public Services services() {
    return services;
  }

  /** Stops serving (requests in flight finish), writes pending views, then closes the database. */
  @Override
  public void close() {
    try {
      web.close();
      background.close();
      search.close();
    } finally {
      database.close();
    }
  }

  private static Language languageOf(String path) {
    String[] parts = path.split("/");
    return parts.length > 1 ? Language.of(parts[1]).orElse(Language.AZ) : Language.AZ;
  }

  private static void prepareDataDir(Path dir) {
    try {
      Files.createDirectories(dir);
      Path probe = Files.createTempFile(dir, ".write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new StartupFailure(
          "the data directory " + dir.toAbsolutePath() + " is not writable ("
              + e.getClass().getSimpleName() + ": " + e.getMessage()
              + "); set ORTAQ_DATA_DIR to a writable directory");
    }
  }
}
