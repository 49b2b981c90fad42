package org.ortaq.desk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.io.TempDir;
import org.ortaq.Services;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.article.Article;
import org.ortaq.article.ArticleDraft;
import org.ortaq.error.OrtaqException;
import org.ortaq.organization.OrganizationInput;
import org.ortaq.web.RunningOrtaq;

/** Every role × action × own or other organization, against the real services and database. */
class PermissionMatrixTest {
  @TempDir static Path dataDir;
  static RunningOrtaq site;
  static Services services;
  static long own;
  static long other;

  @BeforeAll
  static void start() {
    site = RunningOrtaq.start(dataDir, "", Clock.systemUTC());
    services = site.ortaq().services();
    own = services.organizations().findBySlug("sample-baku-diaspora-center").orElseThrow().id();
    other = services.organizations().findBySlug("sample-istanbul-azerbaijani-association").orElseThrow().id();
    for (Role role : Role.values()) {
      var user = services.accounts().createUser(role.code() + "@matrix.example", role.code(), false, "en",
          Map.of("sample-baku-diaspora-center", Set.of(role)));
      actors.put(role, new Actor(user.id(), user.displayName(), false, user.roles()));
    }
  }

  static final Map<Role, Actor> actors = new java.util.EnumMap<>(Role.class);

  @AfterAll
  static void stop() {
    site.close();
  }

  enum Action { WRITE_DRAFT, EDIT_DRAFT, SUBMIT, PUBLISH, SHARE, DELETE, EDIT_PROFILE, INVITE }

  static Stream<Arguments> matrix() {
    var rows = new ArrayList<Arguments>();
    for (Role role : Role.values()) {
      for (Action action : Action.values()) {
        for (boolean ownOrganization : new boolean[] {true, false}) {
          rows.add(Arguments.of(role, action, ownOrganization, ownOrganization && allowed(role, action)));
        }
      }
    }
    return rows.stream();
  }

  /** The rules of the issue: authors write and submit; editors publish, schedule, share; admins manage. */
  static boolean allowed(Role role, Action action) {
    return switch (action) {
      case WRITE_DRAFT, EDIT_DRAFT, SUBMIT -> role == Role.AUTHOR || role == Role.EDITOR || role == Role.ADMIN;
      case PUBLISH, SHARE, DELETE -> role == Role.EDITOR || role == Role.ADMIN;
      case EDIT_PROFILE, INVITE -> role == Role.ADMIN;
    };
  }

  @ParameterizedTest(name = "{0} {1} own={2} → allowed={3}")
  @MethodSource("matrix")
  void enforcesTheRoleOfEachAction(Role role, Action action, boolean ownOrganization, boolean allowed) {
    long organization = ownOrganization ? own : other;
    Actor actor = actors.get(role);
    Actor admin = new Actor(1, "admin", true, Map.of());
    Article draft = services.articles().create(admin, organization,
        new ArticleDraft("en", "Matrix " + role + " " + action + " " + ownOrganization, "", "<p>x</p>", "", "", "", List.of(), List.of(), 0));
    BiConsumer<Actor, Long> attempt = switch (action) {
      case WRITE_DRAFT -> (a, id) -> services.articles().create(a, organization,
          new ArticleDraft("en", "New by " + role, "", "<p>y</p>", "", "", "", List.of(), List.of(), 0));
      case EDIT_DRAFT -> (a, id) -> services.articles().update(a, id,
          new ArticleDraft("", "Edited by " + role, "", "<p>z</p>", "", "", "", List.of(), List.of(), 0));
      case SUBMIT -> (a, id) -> services.articles().submit(a, id);
      case PUBLISH -> (a, id) -> services.articles().publish(a, id, Optional.empty());
      case SHARE -> (a, id) -> services.articles().share(a, id, true, List.of());
      case DELETE -> (a, id) -> services.articles().delete(a, id);
      case EDIT_PROFILE -> (a, id) -> services.organizations().update(a, organization,
          new OrganizationInput(null, null, null, null, "Bakı", null, null, null, null, null));
      case INVITE -> (a, id) -> services.signIn().invite(a, organization, "new@example.org", Role.AUTHOR);
    };
    boolean done;
    try {
      attempt.accept(actor, draft.id());
      done = true;
    } catch (OrtaqException e) {
      assertThat(e.status()).as(e.getMessage()).isIn(403, 404);
      done = false;
    }
    assertThat(done).isEqualTo(allowed);
  }
}
