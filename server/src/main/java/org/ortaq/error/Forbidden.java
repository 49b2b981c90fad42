package org.ortaq.error;

/** The caller is known but may not do this (403). */
public final class Forbidden extends OrtaqException {
  public Forbidden(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 403;
  }

  @Override
  public String title() {
    return "Forbidden";
  }
}
