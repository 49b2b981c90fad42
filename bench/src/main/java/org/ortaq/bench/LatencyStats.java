package org.ortaq.bench;

import java.util.Arrays;
import java.util.Locale;

/** Percentiles, mean and single-threaded throughput of a set of timed calls. */
record LatencyStats(int samples, double p50Millis, double p99Millis, double meanMillis, double maxMillis,
    double queriesPerSecond) {

  /** From durations in nanoseconds (nearest-rank percentiles). */
  static LatencyStats of(long[] nanos) {
    long[] sorted = nanos.clone();
    Arrays.sort(sorted);
    long total = Arrays.stream(sorted).sum();
    return new LatencyStats(sorted.length, millis(rank(sorted, 0.50)), millis(rank(sorted, 0.99)),
        millis(total) / sorted.length, millis(sorted[sorted.length - 1]), sorted.length / (total / 1e9));
  }

  private static long rank(long[] sorted, double quantile) {
    int index = (int) Math.ceil(quantile * sorted.length) - 1;
    return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  /** One line of key=value pairs, read back by bench/search.sh. */
  String line(String engine) {
    return String.format(Locale.ROOT, "RESULT engine=%s samples=%d p50_ms=%.2f p99_ms=%.2f mean_ms=%.2f max_ms=%.2f qps=%.1f",
        engine, samples, p50Millis, p99Millis, meanMillis, maxMillis, queriesPerSecond);
  }
}
