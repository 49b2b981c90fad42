package org.ortaq.account;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.error.Conflict;
import org.ortaq.error.Forbidden;
import org.ortaq.error.Invalid;
import org.ortaq.error.NotFound;
import org.ortaq.store.Database;

/**
 * Signing in with email and password, sessions, password changes and invitations. Failed
 * attempts are limited per account and per address; a wrong password and an unknown account get
 * the same answer.
 */
public final class SignIn {
  public static final Duration SESSION_LIFETIME = Duration.ofDays(14);
  public static final Duration INVITATION_LIFETIME = Duration.ofDays(7);
  static final int FAILURES_PER_ACCOUNT = 5;
  static final int FAILURES_PER_ADDRESS = 20;
  private static final String DUMMY_HASH = Passwords.hash("an unused password for timing");

  private final Database database;
  private final AccountStore accounts;
  private final SignInStore store = new SignInStore();
  private final AccountService accountService;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final Cache<String, AtomicInteger> failures =
      Caffeine.newBuilder().expireAfterWrite(Duration.ofMinutes(15)).maximumSize(100_000).build();

  public SignIn(Database database, AccountStore accounts, AccountService accountService, Clock clock) {
    this.database = database;
    this.accounts = accounts;
    this.accountService = accountService;
    this.clock = clock;
  }

  /** The outcome of a sign-in attempt. */
  public sealed interface Attempt {
    record Success(Session session) implements Attempt {}

    record Refused() implements Attempt {}

    record Limited() implements Attempt {}
  }

  /** Checks the password; on success opens a session. */
  public Attempt signIn(String email, String password, String address) {
    String account = "account:" + normalize(email);
    String from = "address:" + address;
    if (count(account) >= FAILURES_PER_ACCOUNT || count(from) >= FAILURES_PER_ADDRESS) {
      return new Attempt.Limited();
    }
    Optional<User> user = database.read(handle -> accounts.findByEmail(handle, normalize(email)));
    String hash = user.flatMap(u -> database.read(handle -> store.passwordHash(handle, u.id()))).orElse("");
    // Verify against a dummy hash for unknown accounts so both answers take the same time.
    boolean right = Passwords.matches(password, hash.isEmpty() ? DUMMY_HASH : hash) && !hash.isEmpty();
    if (!right) {
      failures.get(account, k -> new AtomicInteger()).incrementAndGet();
      failures.get(from, k -> new AtomicInteger()).incrementAndGet();
      return new Attempt.Refused();
    }
    failures.invalidate(account);
    return new Attempt.Success(open(user.get()));
  }

  /** The session of a cookie value, when it is live. */
  public Optional<Session> session(String id) {
    if (id == null || id.length() < 20 || id.length() > 100) {
      return Optional.empty();
    }
    return database.read(handle -> store.session(handle, AccountService.hash(id), clock.instant())
        .flatMap(row -> accounts.find(handle, row.userId())
            .map(user -> new Session(id, actor(user), user, row.csrf()))));
  }

  public void signOut(String id) {
    database.inTransaction(handle -> {
      store.deleteSession(handle, AccountService.hash(id));
      return null;
    });
  }

  /** Changes the password after checking the current one; other sessions of the user end. */
  public void changePassword(Session session, String current, String next) {
    String hash = database.read(handle -> store.passwordHash(handle, session.user().id())).orElse("");
    if (!Passwords.matches(current, hash)) {
      throw new Invalid("current", "is not your current password");
    }
    String weakness = Passwords.weakness(next);
    if (!weakness.isEmpty()) {
      throw new Invalid("password", weakness);
    }
    database.inTransaction(handle -> {
      store.setPassword(handle, session.user().id(), Passwords.hash(next));
      store.deleteSessionsOf(handle, session.user().id(), AccountService.hash(session.id()));
      return null;
    });
  }

  /** Sets a user's password (ortaq user create --password, tests). */
  public void setPassword(String email, String password) {
    String weakness = Passwords.weakness(password);
    if (!weakness.isEmpty()) {
      throw new Invalid("password", weakness);
    }
    database.inTransaction(handle -> {
      User user = accounts.findByEmail(handle, normalize(email)).orElseThrow(() -> new NotFound("user", email));
      store.setPassword(handle, user.id(), Passwords.hash(password));
      return null;
    });
  }

  /** Creates an invitation and returns its secret token (for the link the admin passes on). */
  public String invite(Actor actor, long organizationId, String email, Role role) {
    if (!actor.has(organizationId, Role.ADMIN)) {
      throw new Forbidden("only an admin of the organization may invite members");
    }
    String normalized = normalize(email);
    if (!normalized.matches("^[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}$")) {
      throw new Invalid("email", "'" + email + "' is not an email address");
    }
    String token = secret();
    Instant now = clock.instant();
    database.inTransaction(handle -> store.insertInvitation(handle, AccountService.hash(token), organizationId,
        normalized, role.code(), actor.userId(), now, now.plus(INVITATION_LIFETIME)));
    return token;
  }

  /** The invitation behind a token: its email and whether it can still be accepted. */
  public Optional<InvitationView> invitation(String token) {
    if (token == null || token.length() > 100) {
      return Optional.empty();
    }
    return database.read(handle -> store.invitation(handle, AccountService.hash(token)))
        .map(i -> new InvitationView(i.organizationId(), i.email(), i.role(), i.accepted(),
            !i.expiresAt().isAfter(clock.instant())));
  }

  /** Accepts an invitation: creates the account (or adds the role) and opens a session. */
  public Session accept(String token, String displayName, String password) {
    InvitationView view = invitation(token).orElseThrow(() -> new NotFound("invitation"));
    if (view.accepted() || view.expired()) {
      throw new Conflict(view.accepted() ? "this invitation was already used" : "this invitation has expired");
    }
    String weakness = Passwords.weakness(password);
    if (!weakness.isEmpty()) {
      throw new Invalid("password", weakness);
    }
    Role role = Role.of(view.role()).orElseThrow();
    User user = database.read(handle -> accounts.findByEmail(handle, view.email())).orElseGet(() ->
        accountService.createUser(view.email(), displayName, false, "az", Map.of()));
    database.inTransaction(handle -> {
      var invitation = store.invitation(handle, AccountService.hash(token)).orElseThrow();
      accounts.addRole(handle, user.id(), view.organizationId(), role);
      store.setPassword(handle, user.id(), Passwords.hash(password));
      store.accept(handle, invitation.id(), clock.instant());
      return null;
    });
    return open(database.read(handle -> accounts.find(handle, user.id())).orElseThrow());
  }

  public List<Member> members(long organizationId) {
    return database.read(handle -> store.members(handle, organizationId));
  }

  public List<String> openInvitations(long organizationId) {
    return database.read(handle -> store.openInvitations(handle, organizationId, clock.instant())).stream()
        .map(i -> i.email() + " (" + i.role() + ")").toList();
  }

  /** An invitation as its page shows it. */
  public record InvitationView(long organizationId, String email, String role, boolean accepted, boolean expired) {}

  private Session open(User user) {
    String id = secret();
    String csrf = secret();
    Instant now = clock.instant();
    database.inTransaction(handle -> {
      store.insertSession(handle, AccountService.hash(id), user.id(), csrf, now, now.plus(SESSION_LIFETIME));
      return null;
    });
    return new Session(id, actor(user), user, csrf);
  }

  private int count(String key) {
    AtomicInteger counter = failures.getIfPresent(key);
    return counter == null ? 0 : counter.get();
  }

  private String secret() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String normalize(String email) {
    return email == null ? "" : email.strip().toLowerCase(Locale.ROOT);
  }

  private static Actor actor(User user) {
    return new Actor(user.id(), user.displayName(), user.platformAdmin(), user.roles());
  }
}
