package org.ortaq.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Comparator;
import java.util.function.Consumer;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.jsoup.Jsoup;
import org.ortaq.search.SearchDocument;
import org.ortaq.search.SearchIndex;
import org.ortaq.text.Language;
import org.ortaq.text.analysis.Analyzers;
import org.ortaq.text.analysis.TurkicIndexAnalysis;

/**
 * Splits the cost of a rebuild into its parts, on published articles streamed from an Ortaq SQLite
 * file as {@code ortaq reindex} reads them: reading and turning HTML into text, analysis alone
 * (every field an article is indexed with, one thread, as the index does it and the old way, two
 * analyzers per az or tr text), and {@link SearchIndex#addAll} into a new
 * index on every core, then its merge (one segment per core). Each part prints its wall time and the
 * process's CPU time.
 *
 * <p>Usage: {@code IndexingRate ORTAQ_DB [LIMIT] [ROUNDS]}
 */
public final class IndexingRate {
  private IndexingRate() {}

  public static void main(String[] args) throws Exception {
    Path database = Path.of(args[0]);
    int limit = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "%d processors, max heap %d MiB%n", Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() >> 20);

    for (int round = 1; round <= rounds; round++) {
      var clock = new Stopwatch();
      int[] read = new int[1];
      documents(database, limit, document -> read[0]++);
      clock.report(out, "round " + round + " read and text", read[0]);

      clock = new Stopwatch();
      long tokens = analyze(database, limit);
      clock.report(out, "round " + round + " read, text, analysis (" + tokens + " tokens)", read[0]);

      clock = new Stopwatch();
      tokens = analyzeTwice(database, limit);
      clock.report(out, "round " + round + " the same, az/tr twice (" + tokens + ")", read[0]);

      Path directory = Files.createTempDirectory("ortaq-indexing-rate");
      try (SearchIndex index = SearchIndex.open(directory)) {
        clock = new Stopwatch();
        int added = index.addAll(sink -> documents(database, limit, sink));
        index.commit(0);
        clock.report(out, "round " + round + " addAll+commit (" + segments(directory) + " segments)", added);
        clock = new Stopwatch();
        index.mergeSegments();
        index.commit(0);
        clock.report(out, "round " + round + " merge", added);
      } finally {
        delete(directory);
      }
    }
  }

  /** Hands each published article, as its search document, to {@code sink}. */
  private static void documents(Path database, int limit, Consumer<SearchDocument> sink) {
    try (var connection = DriverManager.getConnection("jdbc:sqlite:" + database);
        var statement = connection.prepareStatement("SELECT id, language, title, full_story, published_at"
            + " FROM article WHERE status = 'published' ORDER BY id LIMIT ?")) {
      statement.setInt(1, limit);
      try (var result = statement.executeQuery()) {
        while (result.next()) {
          long id = result.getLong(1);
          sink.accept(new SearchDocument("article", id, id, Language.parse(result.getString(2)), "org", "Org",
              List.of(), result.getString(3), Jsoup.parse(result.getString(4)).text(), "/a/" + id,
              Instant.ofEpochMilli(result.getLong(5))));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Analyzes each document as the index does (az and tr texts in one pass for both their fields,
   * {@link TurkicIndexAnalysis}; en and ru with their analyzers) and counts the tokens.
   */
  private static long analyze(Path database, int limit) {
    var byLanguage = new java.util.EnumMap<Language, Analyzer>(Language.class);
    for (Language language : List.of(Language.EN, Language.RU)) {
      byLanguage.put(language, Analyzers.forLanguage(language.code()));
    }
    var turkic = new java.util.EnumMap<Language, TurkicIndexAnalysis.Text>(Language.class);
    turkic.put(Language.AZ, TurkicIndexAnalysis.azerbaijani().newText());
    turkic.put(Language.TR, TurkicIndexAnalysis.turkish().newText());
    long[] tokens = new long[1];
    documents(database, limit, document -> {
      TurkicIndexAnalysis.Text text = turkic.get(document.language());
      if (text == null) {
        Analyzer analyzer = byLanguage.get(document.language());
        tokens[0] += count(analyzer, "title", document.title()) + count(analyzer, "body", document.body());
        return;
      }
      for (String value : List.of(document.title(), document.body())) {
        text.analyze(value);
        tokens[0] += count(text.language()) + count(text.folded());
      }
    });
    return tokens[0];
  }

  /** Runs every analyzer the index used to run on each document (az, tr: two) and counts the tokens. */
  private static long analyzeTwice(Path database, int limit) {
    var byLanguage = new java.util.EnumMap<Language, Analyzer>(Language.class);
    for (Language language : Language.values()) {
      byLanguage.put(language, Analyzers.forLanguage(language.code()));
    }
    Analyzer folded = Analyzers.folded();
    long[] tokens = new long[1];
    documents(database, limit, document -> {
      Analyzer analyzer = byLanguage.get(document.language());
      tokens[0] += count(analyzer, "title", document.title()) + count(analyzer, "body", document.body());
      if (document.language() == Language.AZ || document.language() == Language.TR) {
        tokens[0] += count(folded, "title", document.title()) + count(folded, "body", document.body());
      }
    });
    return tokens[0];
  }

  private static long count(Analyzer analyzer, String field, String text) {
    return count(analyzer.tokenStream(field, text));
  }

  private static long count(TokenStream tokenStream) {
    long tokens = 0;
    try (TokenStream stream = tokenStream) {
      stream.reset();
      while (stream.incrementToken()) {
        tokens++;
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }

  private static long segments(Path directory) throws IOException {
    try (Stream<Path> files = Files.list(directory)) {
      return files.filter(file -> file.getFileName().toString().endsWith(".si")).count();
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Wall and process CPU time since it was made. */
  private static final class Stopwatch {
    private final long wall = System.nanoTime();
    private final long cpu = cpu();

    void report(PrintStream out, String what, int documents) {
      double seconds = (System.nanoTime() - wall) / 1e9;
      double cpuSeconds = (cpu() - cpu) / 1e9;
      out.printf(Locale.ROOT, "%-45s %7.2f s wall %7.2f CPU-s  %8.0f docs/s  %8.0f docs/CPU-s%n", what, seconds,
          cpuSeconds, documents / seconds, documents / cpuSeconds);
    }

    private static long cpu() {
      return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
          .getProcessCpuTime();
    }
  }
}
