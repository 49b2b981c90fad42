package org.ortaq.error;

import java.util.List;

/** Input that breaks a rule; lists every field at fault (422). */
public final class Invalid extends OrtaqException {
  private final List<FieldError> errors;

  public Invalid(List<FieldError> errors) {
    super(summary(errors));
    this.errors = List.copyOf(errors);
  }

  public Invalid(String field, String message) {
    this(List.of(new FieldError(field, message)));
  }

  public List<FieldError> errors() {
    return errors;
  }

  @Override
  public int status() {
    return 422;
  }

  @Override
  public String title() {
    return "Invalid input";
  }

  private static String summary(List<FieldError> errors) {
    if (errors.isEmpty()) {
      throw new IllegalArgumentException("an Invalid needs at least one field error");
    }
    return errors.size() == 1
        ? errors.get(0).field() + ": " + errors.get(0).message()
        : errors.size() + " fields are invalid";
  }

  /** One field and what is wrong with it. */
  public record FieldError(String field, String message) {}
}
