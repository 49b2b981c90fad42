package org.ortaq.bench;

import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.util.Locale;

/**
 * The JMH front-page benchmarks timed by process CPU time instead of the clock: on a machine that
 * other work shares, time spent waiting for a core does not count, so versions compare fairly.
 * Prints one line per round after three rounds of warm-up.
 */
public final class FrontPageCpuTime {
  private static final int ROUNDS = 8;
  private static final int WARM_UP_ROUNDS = 3;
  private static final int OPERATIONS = 30_000;

  private FrontPageCpuTime() {}

  public static void main(String[] arguments) {
    var benchmark = new FrontPageBenchmark();
    benchmark.compile();
    var system = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long length = 0;
    for (int round = 0; round < ROUNDS; round++) {
      long cpu = system.getProcessCpuTime();
      long wall = System.nanoTime();
      for (int i = 0; i < OPERATIONS; i++) {
        length += benchmark.frontPageOfTwentyStories().length();
      }
      double pageCpu = (system.getProcessCpuTime() - cpu) / 1e3 / OPERATIONS;
      double pageWall = (System.nanoTime() - wall) / 1e3 / OPERATIONS;
      cpu = system.getProcessCpuTime();
      for (int i = 0; i < OPERATIONS * 10; i++) {
        length += benchmark.shortStoryLimit840OfTheSeed().length();
      }
      double seedCpu = (system.getProcessCpuTime() - cpu) / 1e3 / (OPERATIONS * 10);
      if (round >= WARM_UP_ROUNDS) {
        System.out.printf(Locale.ROOT, "frontPageOfTwentyStories cpu %.1f us (wall %.1f us), "
            + "shortStoryLimit840OfTheSeed cpu %.2f us%n", pageCpu, pageWall, seedCpu);
      }
    }
    System.out.printf(Locale.ROOT, "(%d chars rendered)%n", length);
  }
}
