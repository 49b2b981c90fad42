package org.ortaq;

import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.apache.lucene.store.LockObtainFailedException;
import org.ortaq.article.ArticleSearchSource;
import org.ortaq.article.ArticleStore;
import org.ortaq.config.StartupFailure;
import org.ortaq.decision.DecisionSearchSource;
import org.ortaq.event.EventSearchSource;
import org.ortaq.organization.OrganizationSearchSource;
import org.ortaq.search.Indexer;
import org.ortaq.search.SearchIndex;
import org.ortaq.search.Searcher;
import org.ortaq.statement.StatementSearchSource;
import org.ortaq.store.Database;

/** The node's search: its Lucene index under the data directory, kept in step by the indexer. */
public final class Search implements AutoCloseable {
  private final SearchIndex index;
  private final Indexer indexer;
  private final Searcher searcher;

  private Search(SearchIndex index, Indexer indexer, Searcher searcher) {
    this.index = index;
    this.indexer = indexer;
    this.searcher = searcher;
  }

  /** Opens the index, catches up with the database (or rebuilds it), and starts following. */
  public static Search start(Path dataDir, Database database, Services services, Clock clock) {
    Search search = open(dataDir, database, services, clock);
    search.indexer.start();
    return search;
  }

  /** Opens the index without following the database (for {@code ortaq reindex}). */
  public static Search open(Path dataDir, Database database, Services services, Clock clock) {
    SearchIndex index;
    try {
      index = SearchIndex.open(dataDir.resolve("index"));
    } catch (RuntimeException e) {
      if (e.getCause() instanceof LockObtainFailedException) {
        throw new StartupFailure("the search index in " + dataDir.resolve("index")
            + " is in use by another Ortaq process; stop it first");
      }
      throw e;
    }
    var source = new ArticleSearchSource(database, new ArticleStore(), services.categoryStore(), services.organizations());
    var events = new EventSearchSource(services.events(), services.organizations());
    var decisions = new DecisionSearchSource(services.decisions(), services.organizations());
    var statements = new StatementSearchSource(services.statements(), services.organizations());
    var organizations = new OrganizationSearchSource(database, services.organizationStore(), services.organizations());
    var indexer = new Indexer(database, services.changes(), index,
        List.of(source, events, decisions, statements, organizations));
    return new Search(index, indexer, new Searcher(index, clock));
  }

  public Searcher searcher() {
    return searcher;
  }

  public Indexer indexer() {
    return indexer;
  }

  public SearchIndex index() {
    return index;
  }

  @Override
  public void close() {
    indexer.close();
    index.close();
  }
}
