package org.ortaq.cli;

import java.time.Clock;
import java.util.Locale;
import org.ortaq.Search;
import org.ortaq.config.Config;
import org.ortaq.search.Indexer;
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
      Indexer.Rebuild rebuild = search.indexer().rebuild();
      double seconds = (System.nanoTime() - started) / 1e9;
      spec.commandLine().getOut().printf(Locale.ROOT,
          "indexed %d documents in %.1f s (%.0f/s): adding %.1f s, merging into %d segment%s %.1f s%n",
          rebuild.documents(), seconds, rebuild.documents() / Math.max(seconds, 1e-9),
          rebuild.adding().toMillis() / 1e3, rebuild.segments(), rebuild.segments() == 1 ? "" : "s",
          rebuild.merging().toMillis() / 1e3);
    }
  }
}
