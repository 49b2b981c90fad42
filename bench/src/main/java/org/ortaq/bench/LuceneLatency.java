package org.ortaq.bench;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.function.Function;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.store.FSDirectory;
import org.ortaq.search.SearchIndex;
import org.ortaq.search.SearchQuery;
import org.ortaq.search.Searcher;
import org.ortaq.text.Language;

/**
 * Times Ortaq's own search path ({@link Searcher#search}: matching, recency boost, facet counts,
 * highlighted snippets, first page of 10) over the fixed queries, single-threaded, after a warm-up,
 * and reports the heap in use after a full GC; then the same as the search page asks, with the
 * reader's language (az), translations folded into one hit ("lucene-reader").
 *
 * <p>Usage: {@code LuceneLatency INDEX_DIR QUERIES_FILE [ROUNDS] [WARMUP_SECONDS]}
 */
public final class LuceneLatency {
  private LuceneLatency() {}

  public static void main(String[] args) throws IOException {
    Path indexDir = Path.of(args[0]);
    List<String> queries = SearchQueries.read(Path.of(args[1]));
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int warmupSeconds = args.length > 3 ? Integer.parseInt(args[3]) : 30;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.printf(Locale.ROOT, "index %s: %d segments, %d queries, %d rounds, warm-up %d s, max heap %d MiB%n", indexDir,
        segments(indexDir), queries.size(), rounds, warmupSeconds, Runtime.getRuntime().maxMemory() >> 20);

    try (SearchIndex index = SearchIndex.open(indexDir)) {
      var searcher = new Searcher(index, Clock.systemUTC());
      out.printf(Locale.ROOT, "documents %d%n", index.size());
      long[] totals = new long[queries.size()];
      long warmUntil = System.nanoTime() + warmupSeconds * 1_000_000_000L;
      int warmRounds = 0;
      while (warmRounds < 3 || System.nanoTime() < warmUntil) {
        for (int i = 0; i < queries.size(); i++) {
          totals[i] = searcher.search(SearchQuery.of(queries.get(i))).total();
        }
        warmRounds++;
      }
      out.printf(Locale.ROOT, "warm-up: %d rounds%n", warmRounds);

      Measured plain = measure(searcher, queries, rounds, SearchQuery::of);
      slowest(out, queries, plain.byQuery(), totals);
      // as the search page asks: with the reader's language, translations folded into one hit
      Function<String, SearchQuery> asReader = text -> new SearchQuery(text, Optional.empty(), Optional.empty(),
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.of(Language.AZ), 1, 10);
      for (int round = 0; round < 3; round++) {
        queries.forEach(text -> searcher.search(asReader.apply(text)));
      }
      Measured reader = measure(searcher, queries, rounds, asReader);
      double heap = heapAfterGc();
      // CPU time of the searching thread: what a query costs when it does not wait for a core
      out.println(plain.line("lucene", heap));
      out.println(reader.line("lucene-reader", heap));
    }
  }

  /** Wall and CPU times of each query, {@code rounds} times in a shuffled order. */
  private static Measured measure(Searcher searcher, List<String> queries, int rounds, Function<String, SearchQuery> query) {
    long[][] byQuery = new long[queries.size()][rounds];
    long[] all = new long[queries.size() * rounds];
    long[] cpu = new long[queries.size() * rounds];
    var threads = ManagementFactory.getThreadMXBean();
    var order = new ArrayList<Integer>();
    for (int i = 0; i < queries.size(); i++) {
      order.add(i);
    }
    int n = 0;
    for (int round = 0; round < rounds; round++) {
      Collections.shuffle(order, new Random(round));
      for (int i : order) {
        long startedCpu = threads.getCurrentThreadCpuTime();
        long started = System.nanoTime();
        searcher.search(query.apply(queries.get(i)));
        long took = System.nanoTime() - started;
        cpu[n] = threads.getCurrentThreadCpuTime() - startedCpu;
        byQuery[i][round] = took;
        all[n++] = took;
      }
    }
    return new Measured(byQuery, all, cpu);
  }

  private record Measured(long[][] byQuery, long[] all, long[] cpu) {
    String line(String engine, double heap) {
      LatencyStats onCpu = LatencyStats.of(cpu);
      return LatencyStats.of(all).line(engine) + String.format(Locale.ROOT,
          " cpu_p50_ms=%.2f cpu_p99_ms=%.2f heap_mib=%.1f", onCpu.p50Millis(), onCpu.p99Millis(), heap);
    }
  }

  private static void slowest(PrintStream out, List<String> queries, long[][] byQuery, long[] totals) {
    var medians = new ArrayList<double[]>();
    for (int i = 0; i < queries.size(); i++) {
      long[] times = byQuery[i].clone();
      Arrays.sort(times);
      medians.add(new double[] {times[times.length / 2] / 1e6, i});
    }
    medians.sort((a, b) -> Double.compare(b[0], a[0]));
    out.println("slowest queries (median ms, total hits):");
    for (double[] entry : medians.subList(0, Math.min(8, medians.size()))) {
      int i = (int) entry[1];
      out.printf(Locale.ROOT, "  %8.2f ms %9d  %s%n", entry[0], totals[i], queries.get(i));
    }
  }

  private static int segments(Path indexDir) throws IOException {
    try (var directory = FSDirectory.open(indexDir);
        var reader = DirectoryReader.open(directory)) {
      return reader.leaves().size();
    } catch (org.apache.lucene.index.IndexNotFoundException e) {
      return 0;
    }
  }

  /** Heap in use after a full collection, in MiB: what the index and searcher keep live. */
  static double heapAfterGc() {
    var memory = ManagementFactory.getMemoryMXBean();
    for (int i = 0; i < 3; i++) {
      memory.gc();
    }
    return memory.getHeapMemoryUsage().getUsed() / (1024.0 * 1024.0);
  }
}
