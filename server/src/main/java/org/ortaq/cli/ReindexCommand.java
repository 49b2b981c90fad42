package org.ortaq.cli;

import java.time.Clock;
import org.ortaq.Search;
import org.ortaq.config.Config;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ortaq reindex}: rebuilds the search index from the database. */
@Command(name = "reindex", mixinStandardHelpOptions = true,
    description = "Rebuild the search index from the database (stop the server first).")
final class ReindexCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    try (Platform platform = Platform.open();
        Search search = Search.open(Config.fromEnvironment().dataDir(), platform.database(), platform.services(),
            Clock.systemUTC())) {
      long started = System.nanoTime();
      int documents = search.indexer().rebuild();
      double seconds = (System.nanoTime() - started) / 1e9;
      spec.commandLine().getOut().printf("indexed %d documents in %.1f s (%.0f/s)%n", documents, seconds,
          documents / Math.max(seconds, 1e-9));
    }
  }
}
