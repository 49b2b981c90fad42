package org.ortaq.error;

/**
 * The failures services report, named by meaning; the web layer answers each with its status and
 * an RFC 9457 problem document. Anything else that escapes a handler is a 500.
 */
public abstract sealed class OrtaqException extends RuntimeException
    permits NotFound, Invalid, Conflict, Forbidden, Unauthorized, Malformed {

  protected OrtaqException(String message) {
    super(message, null, false, false);
  }

  /** The HTTP status this failure answers with. */
  public abstract int status();

  /** A short, stable title for the problem type. */
  public abstract String title();
}
