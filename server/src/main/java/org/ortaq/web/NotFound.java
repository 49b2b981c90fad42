package org.ortaq.web;

/** Thrown by a handler when the thing asked for does not exist; answered with the 404 page. */
public final class NotFound extends RuntimeException {
  public NotFound(String what) {
    super(what, null, false, false);
  }
}
