package org.ortaq.desk;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.ortaq.account.SignIn;
import org.ortaq.article.ArticlePreview;
import org.ortaq.article.ArticleService;
import org.ortaq.article.PublishedArticles;
import org.ortaq.decision.DecisionService;
import org.ortaq.statement.StatementService;
import org.ortaq.event.EventService;
import org.ortaq.mail.Mailer;
import org.ortaq.organization.OrganizationService;
import org.ortaq.store.AuditLog;
import org.ortaq.store.Database;
import org.ortaq.theme.ThemeCatalog;
import org.ortaq.web.Messages;
import org.ortaq.web.Routes;

/** The editor's desk at {@code /admin}: its routes, in the order they must be mounted. */
public final class Desk {
  private Desk() {}

  /** Every desk route; the session gate comes first. */
  public static List<Routes> routes(SignIn signIn, ArticleService articles, PublishedArticles published,
      OrganizationService organizations, ArticlePreview preview, AuditLog audit, Database database,
      ThemeCatalog themes, Messages messages, Path uploads, java.util.function.Supplier<String> publicUrl, Mailer mailer,
      Clock clock, EventService events, DecisionService decisions, StatementService statements) {
    var page = new DeskPage(messages);
    var network = new NetworkForms(page, organizations);
    var sessions = new DeskSession(signIn, publicUrl.get().startsWith("https://"));
    return List.of(
        sessions,
        new DeskAssets(),
        new SignInPages(signIn, sessions, page),
        new ArticleDesk(articles, published, organizations, preview, page, new NetworkCards(decisions, statements, network)),
        new OrganizationDesk(organizations, signIn, audit, database, themes, page, publicUrl, mailer),
        new EventDesk(events, organizations, page),
        new DecisionDesk(decisions, network),
        new StatementDesk(statements, network),
        new Uploads(uploads, clock));
  }
}
