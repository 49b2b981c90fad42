package org.ortaq.account;

import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.LoadingCache;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.ortaq.access.Actor;
import org.ortaq.access.Role;
import org.ortaq.error.Conflict;
import org.ortaq.error.Invalid;
import org.ortaq.organization.Organization;
import org.ortaq.organization.OrganizationService;
import org.ortaq.store.Database;
import org.ortaq.text.Language;

/**
 * Users and API tokens. A token is 32 random bytes shown once; only its SHA-256 is stored (a slow
 * hash adds nothing to a secret with 256 bits of entropy). Tokens are sent as
 * {@code Authorization: Bearer ortaq_…}.
 */
public final class AccountService {
  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]{1,255}\\.[^@\\s]{2,}$");
  private static final String PREFIX = "ortaq_";

  private final Database database;
  private final AccountStore store;
  private final OrganizationService organizations;
  private final Clock clock;
  private final SecureRandom random = new SecureRandom();
  private final LoadingCache<String, Optional<Actor>> actorsByHash;

  public AccountService(Database database, AccountStore store, OrganizationService organizations, Clock clock) {
    this.database = database;
    this.store = store;
    this.organizations = organizations;
    this.clock = clock;
    this.actorsByHash = Caffeine.newBuilder().maximumSize(10_000).expireAfterWrite(Duration.ofSeconds(10))
        .build(hash -> database.read(handle -> store.userOfToken(handle, hash).flatMap(id -> store.find(handle, id)))
            .map(AccountService::actor));
  }

  /**
   * Creates a user who may act for the named organizations with the given roles.
   *
   * @param memberships organization slug → roles
   */
  public User createUser(String email, String displayName, boolean platformAdmin, String language,
      Map<String, Set<Role>> memberships) {
    String normalized = email.strip().toLowerCase(Locale.ROOT);
    var errors = new ArrayList<Invalid.FieldError>();
    if (!EMAIL.matcher(normalized).matches()) {
      errors.add(new Invalid.FieldError("email", "'" + email + "' is not an email address"));
    }
    if (displayName.isBlank() || displayName.length() > 200) {
      errors.add(new Invalid.FieldError("name", "must have 1 to 200 characters"));
    }
    if (Language.of(language).isEmpty()) {
      errors.add(new Invalid.FieldError("language", "unknown language '" + language + "'"));
    }
    var resolved = new java.util.LinkedHashMap<Long, Set<Role>>();
    memberships.forEach((slug, roles) -> {
      Optional<Organization> organization = organizations.findBySlug(slug);
      if (organization.isEmpty()) {
        errors.add(new Invalid.FieldError("organization", "unknown organization '" + slug + "'"));
      } else {
        resolved.put(organization.get().id(), roles);
      }
    });
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    return database.inTransaction(handle -> {
      if (store.findByEmail(handle, normalized).isPresent()) {
        throw new Conflict("a user with email " + normalized + " already exists");
      }
      long id = store.insertUser(handle, normalized, displayName.strip(), platformAdmin, language, clock.instant());
      resolved.forEach((organization, roles) -> roles.forEach(role -> store.addRole(handle, id, organization, role)));
      return store.find(handle, id).orElseThrow();
    });
  }

  /** Creates an API token for the user with {@code email} and returns it; it is never shown again. */
  public String createToken(String email, String name) {
    String normalized = email.strip().toLowerCase(Locale.ROOT);
    byte[] secret = new byte[32];
    random.nextBytes(secret);
    String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    database.inTransaction(handle -> {
      User user = store.findByEmail(handle, normalized)
          .orElseThrow(() -> new Invalid("user", "no user with email " + normalized));
      return store.insertToken(handle, user.id(), name.isBlank() ? "api" : name.strip(), hash(token), clock.instant());
    });
    return token;
  }

  /** The actor a bearer token stands for, when it is a live token. */
  public Optional<Actor> authenticate(String token) {
    if (token == null || !token.startsWith(PREFIX) || token.length() > 200) {
      return Optional.empty();
    }
    return actorsByHash.get(hash(token));
  }

  public List<String> emails() {
    return database.read(store::emails);
  }

  private static Actor actor(User user) {
    return new Actor(user.id(), user.displayName(), user.platformAdmin(), user.roles());
  }

  public static String hash(String token) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }
}
