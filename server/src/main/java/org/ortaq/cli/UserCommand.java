package org.ortaq.cli;

import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ortaq.access.Role;
import org.ortaq.account.User;
import org.ortaq.error.OrtaqException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ortaq user create}: makes an account that may act for named organizations. */
@Command(name = "user", mixinStandardHelpOptions = true, description = "Manage user accounts.",
    subcommands = {UserCommand.Create.class})
final class UserCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  @Command(name = "create", mixinStandardHelpOptions = true,
      description = "Create a user; --organization SLUG[:ROLE,ROLE] may repeat (roles: admin, editor, author, representative; default editor).")
  static final class Create implements Runnable {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--email", required = true, description = "The user's email address.")
    String email;

    @CommandLine.Option(names = "--name", description = "Display name (default: the part of the email before @).")
    String name;

    @CommandLine.Option(names = "--admin", description = "Make a platform administrator.")
    boolean admin;

    @CommandLine.Option(names = "--language", defaultValue = "az", description = "Preferred language: az, tr, en, ru.")
    String language;

    @CommandLine.Option(names = "--organization", description = "SLUG or SLUG:ROLE[,ROLE…] the user acts for.")
    List<String> organizations = List.of();

    @CommandLine.Option(names = "--password", arity = "0..1", interactive = true,
        description = "Set a password for signing in to /admin (asked for when no value is given; at least 10 characters).")
    String password;

    @Override
    public void run() {
      Map<String, Set<Role>> memberships = new LinkedHashMap<>();
      for (String entry : organizations) {
        String[] parts = entry.split(":", 2);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String code : parts.length > 1 ? parts[1].split(",") : new String[] {"editor"}) {
          roles.add(Role.of(code.strip()).orElseThrow(() ->
              new UsageFailure("unknown role '" + code + "' in --organization " + entry + "; use admin, editor, author or representative")));
        }
        memberships.put(parts[0].strip(), roles);
      }
      String display = name == null || name.isBlank() ? email.split("@")[0] : name;
      try (Platform platform = Platform.open()) {
        User user = platform.services().accounts().createUser(email, display, admin, language, memberships);
        if (password != null && !password.isEmpty()) {
          platform.services().signIn().setPassword(user.email(), password);
        }
        spec.commandLine().getOut().println("created user " + user.email() + " (id " + user.id() + ")"
            + (user.platformAdmin() ? ", platform administrator" : "") + (memberships.isEmpty() ? "" : ", acts for " + String.join(", ", memberships.keySet())));
      } catch (OrtaqException e) {
        throw new UsageFailure(e.getMessage());
      }
    }
  }
}
