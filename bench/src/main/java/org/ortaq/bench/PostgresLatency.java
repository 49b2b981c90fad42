package org.ortaq.bench;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * Times the same fixed queries against PostgreSQL full-text search ({@link PostgresSearch}: top 10
 * by {@code ts_rank}) over one JDBC connection, single-threaded, after warm-up rounds.
 *
 * <p>Usage: {@code PostgresLatency JDBC_URL QUERIES_FILE [ROUNDS] [WARMUP_ROUNDS]}
 */
public final class PostgresLatency {
  private PostgresLatency() {}

  public static void main(String[] args) throws SQLException {
    List<String> queries = SearchQueries.read(Path.of(args[1]));
    int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    int warmupRounds = args.length > 3 ? Integer.parseInt(args[3]) : 2;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (var connection = DriverManager.getConnection(args[0]);
        var search = new PostgresSearch(connection)) {
      for (int round = 0; round < warmupRounds; round++) {
        for (String query : queries) {
          search.search(query, 10);
        }
      }
      var order = new ArrayList<Integer>();
      for (int i = 0; i < queries.size(); i++) {
        order.add(i);
      }
      long[][] byQuery = new long[queries.size()][rounds];
      long[] all = new long[queries.size() * rounds];
      int n = 0;
      for (int round = 0; round < rounds; round++) {
        Collections.shuffle(order, new Random(round));
        for (int i : order) {
          long started = System.nanoTime();
          search.search(queries.get(i), 10);
          long took = System.nanoTime() - started;
          byQuery[i][round] = took;
          all[n++] = took;
        }
      }
      var medians = new ArrayList<double[]>();
      for (int i = 0; i < queries.size(); i++) {
        long[] times = byQuery[i].clone();
        java.util.Arrays.sort(times);
        medians.add(new double[] {times[times.length / 2] / 1e6, i});
      }
      medians.sort((a, b) -> Double.compare(b[0], a[0]));
      out.printf(Locale.ROOT, "%d queries, %d warm-up rounds, %d rounds; slowest (median ms):%n", queries.size(),
          warmupRounds, rounds);
      for (double[] entry : medians.subList(0, Math.min(8, medians.size()))) {
        out.printf(Locale.ROOT, "  %8.2f ms  %s%n", entry[0], queries.get((int) entry[1]));
      }
      out.println(LatencyStats.of(all).line("postgres"));
    }
  }
}
