package org.ortaq.account;

import com.password4j.Argon2Function;
import com.password4j.Password;
import com.password4j.types.Argon2;

/**
 * Argon2id password hashes at OWASP's minimum cost (19 MiB of memory, 2 iterations, 1 lane),
 * in the PHC string format so that a stronger setting later can still verify old hashes.
 */
public final class Passwords {
  static final int MEMORY_KIB = 19 * 1024;
  static final int ITERATIONS = 2;
  static final int LANES = 1;
  static final int MIN_LENGTH = 10;
  private static final Argon2Function ARGON2 =
      Argon2Function.getInstance(MEMORY_KIB, ITERATIONS, LANES, 32, Argon2.ID);

  private Passwords() {}

  public static String hash(String password) {
    return Password.hash(password).addRandomSalt(16).with(ARGON2).getResult();
  }

  /** True when {@code password} matches {@code hash}; false for an empty hash (no password set). */
  public static boolean matches(String password, String hash) {
    if (hash == null || hash.isEmpty() || password == null) {
      return false;
    }
    return Password.check(password, hash).with(Argon2Function.getInstanceFromHash(hash));
  }

  /** Why {@code password} is too weak, or "" when it will do. */
  public static String weakness(String password) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      return "use at least " + MIN_LENGTH + " characters";
    }
    if (password.length() > 200) {
      return "use at most 200 characters";
    }
    return "";
  }
}
