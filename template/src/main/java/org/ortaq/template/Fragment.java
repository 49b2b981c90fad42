package org.ortaq.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parameter text that may hold value tags, such as {@code category="{category-id}"}: DLE fills
 * those global tags before it reads the parameters, so the engine fills them at render time.
 */
record Fragment(List<String> literals, List<String> keys, List<String> raws) {
  static Fragment of(String text) {
    var literals = new ArrayList<String>();
    var keys = new ArrayList<String>();
    var raws = new ArrayList<String>();
    int copied = 0;
    int open = text.indexOf('{');
    while (open >= 0) {
      int close = text.indexOf('}', open);
      if (close < 0) {
        break;
      }
      literals.add(text.substring(copied, open));
      String raw = text.substring(open, close + 1);
      keys.add(raw.substring(1, raw.length() - 1).strip().toLowerCase(Locale.ROOT));
      raws.add(raw);
      copied = close + 1;
      open = text.indexOf('{', copied);
    }
    literals.add(text.substring(copied));
    return new Fragment(List.copyOf(literals), List.copyOf(keys), List.copyOf(raws));
  }

  boolean isConstant() {
    return keys.isEmpty();
  }

  String constant() {
    return literals.get(0);
  }

  String evaluate(Scope scope) {
    if (keys.isEmpty()) {
      return literals.get(0);
    }
    var out = new StringBuilder(literals.get(0));
    for (int i = 0; i < keys.size(); i++) {
      String key = keys.get(i);
      String value = key.equals("theme") ? scope.themeUrl() : scope.value(key).orElse(raws.get(i));
      out.append(value).append(literals.get(i + 1));
    }
    return out.toString();
  }
}
