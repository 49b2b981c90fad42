package org.ortaq.cli;

import org.ortaq.error.OrtaqException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ortaq token create --user EMAIL}: prints a new API token once. */
@Command(name = "token", mixinStandardHelpOptions = true, description = "Manage API tokens.",
    subcommands = {TokenCommand.Create.class})
final class TokenCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create an API token for a user and print it (it is stored hashed and never shown again).")
  static final class Create implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--user", required = true, description = "The user's email address.")
    String user;

    @CommandLine.Option(names = "--name", defaultValue = "api", description = "A label for the token.")
    String name;

    @Override
    public void run() {
      try (Platform platform = Platform.open()) {
        spec.commandLine().getOut().println(platform.services().accounts().createToken(user, name));
      } catch (OrtaqException e) {
        throw new UsageFailure(e.getMessage());
      }
    }
  }
}
