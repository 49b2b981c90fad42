package org.ortaq;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The platform's timers: scheduled articles go out, counted views are written, due votes close,
 * event lists follow the clock.
 */
final class Background implements AutoCloseable {
  private static final Logger log = LoggerFactory.getLogger(Background.class);

  private final ScheduledExecutorService timer;
  private final Services services;

  private Background(ScheduledExecutorService timer, Services services) {
    this.timer = timer;
    this.services = services;
  }

  static Background start(Services services) {
    ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
      Thread thread = new Thread(runnable, "ortaq-timer");
      thread.setDaemon(true);
      return thread;
    });
    timer.scheduleWithFixedDelay(() -> guarded("publish scheduled", services.articles()::publishDue), 1, 5, TimeUnit.SECONDS);
    timer.scheduleWithFixedDelay(() -> guarded("write views", services.views()::flush), 10, 10, TimeUnit.SECONDS);
    timer.scheduleWithFixedDelay(() -> guarded("close votes", services.decisions()::closeDue), 2, 5, TimeUnit.SECONDS);
    timer.scheduleWithFixedDelay(() -> guarded("refresh event lists", services.events()::refreshLists), 15, 15, TimeUnit.MINUTES);
    return new Background(timer, services);
  }

  @Override
  public void close() {
    timer.shutdown();
    try {
      timer.awaitTermination(5, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    services.views().flush();
  }

  private static void guarded(String what, java.util.function.IntSupplier task) {
    try {
      task.getAsInt();
    } catch (RuntimeException e) {
      log.warn("timer task failed task=\"{}\" reason={}", what, e.toString());
    }
  }
}
