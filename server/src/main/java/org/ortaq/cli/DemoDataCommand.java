package org.ortaq.cli;

import java.time.Clock;
import org.ortaq.demo.GeneratedData;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ortaq demo-data --articles N}: fills the database with generated content for benchmarks. */
@Command(name = "demo-data", mixinStandardHelpOptions = true,
    description = "Generate N realistic articles (50 organizations, four languages, translations, tags, shares) for benchmarks.")
final class DemoDataCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(names = "--articles", required = true, description = "How many articles (language versions) to add.")
  int articles;

  @CommandLine.Option(names = "--seed", defaultValue = "42", description = "Random seed; the same seed gives the same content.")
  long seed;

  @Override
  public void run() {
    if (articles < 1 || articles > 10_000_000) {
      throw new UsageFailure("--articles must be between 1 and 10000000, got " + articles);
    }
    try (Platform platform = Platform.open()) {
      var services = platform.services();
      long started = System.nanoTime();
      int written = new GeneratedData(platform.database(), services.organizationStore(), services.categoryStore(),
          services.articleImport(), Clock.systemUTC()).generate(articles, seed);
      double seconds = (System.nanoTime() - started) / 1e9;
      spec.commandLine().getOut().printf("generated %d articles in %.1f s (%.0f/s)%n", written, seconds, written / seconds);
    }
  }
}
