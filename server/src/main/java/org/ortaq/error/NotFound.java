package org.ortaq.error;

/** The thing asked for does not exist, or the caller may not know that it does (404). */
public final class NotFound extends OrtaqException {
  public NotFound(String what) {
    super(what + " not found");
  }

  public NotFound(String kind, Object id) {
    super(kind + " " + id + " not found");
  }

  @Override
  public int status() {
    return 404;
  }

  @Override
  public String title() {
    return "Not found";
  }
}
