package org.ortaq;

import java.time.Clock;
import org.ortaq.account.AccountService;
import org.ortaq.account.AccountStore;
import org.ortaq.article.ArticleImport;
import org.ortaq.article.ArticleService;
import org.ortaq.article.ArticleStore;
import org.ortaq.article.CategoryStore;
import org.ortaq.article.PublishedArticles;
import org.ortaq.article.ViewCounter;
import org.ortaq.organization.OrganizationService;
import org.ortaq.organization.OrganizationStore;
import org.ortaq.store.Changes;
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
    ArticleImport articleImport) {

  public static Services create(Database database, Clock clock) {
    var changes = new Changes();
    var organizationStore = new OrganizationStore();
    var organizations = new OrganizationService(database, organizationStore, changes, clock);
    var articleStore = new ArticleStore();
    var categoryStore = new CategoryStore();
    var articles = new ArticleService(database, articleStore, categoryStore, organizations, changes, clock);
    return new Services(changes, organizationStore, organizations, categoryStore, articles,
        new PublishedArticles(database, articleStore, categoryStore), new ViewCounter(database, articleStore),
        new AccountService(database, new AccountStore(), organizations, clock), new ArticleImport(articleStore));
  }
}
