package org.ortaq.cli;

import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.ortaq.Ortaq;
import org.ortaq.config.Config;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ortaq serve}: runs the platform until SIGTERM or Ctrl-C. */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = "Start the platform (HTTP, database, demo content on an empty database).")
final class ServeCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @CommandLine.Option(
      names = "--port",
      description = "Port to listen on (overrides ORTAQ_HTTP_PORT).")
  Integer port;

  @CommandLine.Option(
      names = "--exit-when-ready",
      hidden = true,
      description = "Start, then stop at once (the launcher uses it to record a class-data archive).")
  boolean exitWhenReady;

  @Override
  public void run() {
    Config config = Config.fromEnvironment();
    if (port != null) {
      config = config.withPort(port);
    }
    Ortaq ortaq = Ortaq.start(config, Clock.systemUTC());
    if (exitWhenReady) {
      ortaq.close();
      return;
    }
    var stopped = new CountDownLatch(1);
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  ortaq.close();
                  stopped.countDown();
                },
                "ortaq-shutdown"));
    spec.commandLine().getOut().println("Ortaq is ready at " + ortaq.url());
    spec.commandLine().getOut().flush();
    try {
      stopped.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
