package org.ortaq.template;

/**
 * One piece of template text: literal text, a value tag {@code {name…}}, or a block tag
 * {@code [name…]} / {@code [/name…]}. {@code key} is the lower-case name; {@code separator} is
 * '=' for {@code [name=params]}, ' ' for {@code [name params]} and 0 when there are no params.
 */
record Token(Kind kind, int start, int end, String raw, String name, String key, char separator, String params) {
  enum Kind {
    TEXT,
    VALUE,
    OPEN,
    CLOSE
  }

  boolean hasParams() {
    return separator != 0;
  }
}
