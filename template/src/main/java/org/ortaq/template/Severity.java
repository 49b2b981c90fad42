package org.ortaq.template;

/** How bad a {@link TemplateProblem} is: an error stops a template from compiling. */
public enum Severity {
  ERROR,
  WARNING
}
