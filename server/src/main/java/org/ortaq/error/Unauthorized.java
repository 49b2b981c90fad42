package org.ortaq.error;

/** No valid credentials came with a request that needs them (401). */
public final class Unauthorized extends OrtaqException {
  public Unauthorized(String message) {
    super(message);
  }

  @Override
  public int status() {
    return 401;
  }

  @Override
  public String title() {
    return "Unauthorized";
  }
}
