package org.ortaq.template;

import java.util.Locale;
import java.util.Objects;

/** One finding of {@link Theme#check()}, located by file, line and column (1-based). */
public record TemplateProblem(String file, int line, int column, Severity severity, String message) {
  public TemplateProblem {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
  }

  /** "file:line:col: error|warning: message". */
  @Override
  public String toString() {
    return file + ":" + line + ":" + column + ": " + severity.name().toLowerCase(Locale.ROOT) + ": "
        + message;
  }
}
