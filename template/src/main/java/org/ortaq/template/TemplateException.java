package org.ortaq.template;

/** A template that cannot compile, with where and why: "main.tpl:12:7: unclosed [if]". */
public final class TemplateException extends RuntimeException {
  private final String file;
  private final int line;
  private final int column;
  private final String reason;

  public TemplateException(String file, int line, int column, String reason) {
    super(file + ":" + line + ":" + column + ": " + reason);
    this.file = file;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  public String file() {
    return file;
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public String reason() {
    return reason;
  }

  TemplateProblem problem() {
    return new TemplateProblem(file, line, column, Severity.ERROR, reason);
  }
}
