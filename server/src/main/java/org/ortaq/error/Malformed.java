package org.ortaq.error;

/** A request that cannot be read at all: bad JSON, a wrong type, an unknown field (400). */
public final class Malformed extends OrtaqException {
  public Malformed(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 400;
  }

  @Override
  public String title() {
    return "Malformed request";
  }
}
