package org.ortaq.template;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Theme files held in a map, for tests and for themes built in code. */
record InMemorySource(String name, Map<String, String> files) implements TemplateSource {
  @Override
  public Optional<String> read(String path) {
    return Optional.ofNullable(files.get(path));
  }

  @Override
  public List<String> list() {
    return files.keySet().stream().filter(path -> path.endsWith(".tpl")).sorted().toList();
  }
}
