package org.ortaq;

import java.time.Clock;
import org.ortaq.account.AccountService;
import org.ortaq.account.AccountStore;
import org.ortaq.account.SignIn;
import org.ortaq.store.AuditLog;
import org.ortaq.article.ArticleImport;
import org.ortaq.article.ArticleService;
import org.ortaq.article.ArticleStore;
import org.ortaq.article.CategoryStore;
import org.ortaq.article.PublishedArticles;
import org.ortaq.article.ViewCounter;
import org.ortaq.decision.DecisionService;
import org.ortaq.error.NotFound;
import org.ortaq.event.ArticleLinks;
import org.ortaq.event.EventService;
import org.ortaq.event.EventStore;
import org.ortaq.organization.OrganizationService;
import org.ortaq.organization.OrganizationStore;
import org.ortaq.store.Changes;
import org.ortaq.statement.StatementService;
import org.ortaq.store.Database;

/** The feature services of one running platform, built over one database. */
public record Services(
    Changes changes,
    OrganizationStore organizationStore,
    OrganizationService organizations,
    CategoryStore categoryStore,
    ArticleService articles,
    PublishedArticles published,
    ViewCounter views,
    AccountService accounts,
    ArticleImport articleImport,
    SignIn signIn,
    AuditLog audit,
    EventService events,
    DecisionService decisions,
    StatementService statements) {

  public static Services create(Database database, Clock clock) {
    var changes = new Changes();
    var audit = new AuditLog(clock);
    var organizationStore = new OrganizationStore();
    var organizations = new OrganizationService(database, organizationStore, changes, audit, clock);
    var articleStore = new ArticleStore();
    var categoryStore = new CategoryStore();
    var accountStore = new AccountStore();
    var accountService = new AccountService(database, accountStore, organizations, clock);
    var articles = new ArticleService(database, articleStore, categoryStore, organizations, changes, audit, clock);
    return new Services(changes, organizationStore, organizations, categoryStore, articles,
        new PublishedArticles(database, articleStore, categoryStore), new ViewCounter(database, articleStore),
        accountService, new ArticleImport(articleStore),
        new SignIn(database, accountStore, accountService, clock), audit,
        new EventService(database, new EventStore(), organizations, articleLinks(articles), changes, audit, clock),
        new DecisionService(database, organizations, changes, audit, clock),
        new StatementService(database, organizations, changes, audit, clock));
  }

  /** Published articles as events link to them. */
  private static ArticleLinks articleLinks(ArticleService articles) {
    return id -> {
      try {
        var article = articles.visible(org.ortaq.access.Actor.ANONYMOUS, id);
        return java.util.Optional.of(new ArticleLinks.Link(article.id(), article.title(), article.path(),
            article.language().code()));
      } catch (NotFound e) {
        return java.util.Optional.empty();
      }
    };
  }
}
