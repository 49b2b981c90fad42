package org.ortaq.error;

/** The request clashes with the current state, e.g. a transition that is not allowed (409). */
public final class Conflict extends OrtaqException {
  public Conflict(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 409;
  }

  @Override
  public String title() {
    return "Conflict";
  }
}
