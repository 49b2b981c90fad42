package org.ortaq.config;

/** A setting that cannot be used; the message names it and says what is wrong, in one line. */
public final class InvalidConfig extends RuntimeException {
  public InvalidConfig(String message) {
    super(message);
  }
}
