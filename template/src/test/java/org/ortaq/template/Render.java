package org.ortaq.template;

import java.util.HashMap;
import java.util.Map;

/** Test shorthand: renders template text from an in-memory theme. */
final class Render {
  private Render() {}

  static String of(String template, PageContext page, Item item) {
    return theme(Map.of("test.tpl", template)).template("test.tpl").render(page, item);
  }

  static String of(String template, Item item) {
    return of(template, PageContext.EMPTY, item);
  }

  static String of(String template, PageContext page) {
    return of(template, page, Item.EMPTY);
  }

  static String of(String template) {
    return of(template, PageContext.EMPTY, Item.EMPTY);
  }

  static Theme theme(Map<String, String> files) {
    return Theme.of(TemplateSource.inMemory("Default", new HashMap<>(files)));
  }
}
