package org.ortaq.cli;

import org.ortaq.config.InvalidConfig;
import org.ortaq.config.StartupFailure;
import picocli.CommandLine;

/** Turns known failures into one line on stderr and exit code 2; anything else is a bug (1). */
final class Failures implements CommandLine.IExecutionExceptionHandler {
  static final int BAD_SETTING = 2;

  @Override
  public int handleExecutionException(
      Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
    if (e instanceof StartupFailure || e instanceof InvalidConfig || e instanceof UsageFailure) {
      commandLine.getErr().println("ortaq: " + e.getMessage());
      commandLine.getErr().flush();
      return BAD_SETTING;
    }
    commandLine.getErr().println("ortaq: unexpected failure: " + e);
    e.printStackTrace(commandLine.getErr());
    commandLine.getErr().flush();
    return 1;
  }
}
