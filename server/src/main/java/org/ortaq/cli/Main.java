package org.ortaq.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ortaq} command: every subcommand is listed by {@code ortaq --help}. */
@Command(
    name = "ortaq",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Ortaq: the joint media and coordination platform of diaspora organizations.",
    subcommands = {
      ServeCommand.class,
      UserCommand.class,
      TokenCommand.class,
      DemoDataCommand.class,
      ThemeCommand.class,
      ReindexCommand.class,
      CommandLine.HelpCommand.class
    })
public final class Main implements Runnable {
  /** Lucene reports its vector support through java.util.logging at INFO; kept quiet (strong ref). */
  private static final java.util.logging.Logger LUCENE = java.util.logging.Logger.getLogger("org.apache.lucene");

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (0 ok, 1 failure, 2 bad setting or input). */
  public static int run(String... args) {
    LUCENE.setLevel(java.util.logging.Level.WARNING);
    if (System.getenv("ORTAQ_LOG_LEVEL") == null && (args.length == 0 || !args[0].equals("serve"))) {
      // Commands other than serve print their result; routine log lines would only be noise.
      ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME))
          .setLevel(ch.qos.logback.classic.Level.WARN);
    }
    return new CommandLine(new Main())
        .setExecutionExceptionHandler(new Failures())
        .setCaseInsensitiveEnumValuesAllowed(true)
        .execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
