package org.ortaq.template;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where a theme's {@code .tpl} files come from. */
public interface TemplateSource {
  /** The theme's name, used in messages and in {@code /templates/NAME/…} paths. */
  String name();

  /** The text of a file, by normalized relative path such as "main.tpl" or "blocks/x.tpl". */
  Optional<String> read(String path);

  /** Every {@code .tpl} path of the theme, sorted, for {@link Theme#check()}. */
  List<String> list();

  /** A folder of files in one charset (themes are UTF-8, windows-1251, ISO-8859-1…); CRLF is fine. */
  static TemplateSource directory(Path directory, Charset charset) {
    return new DirectorySource(directory, charset);
  }

  /** Files held in memory, keyed by relative path. */
  static TemplateSource inMemory(String name, Map<String, String> files) {
    return new InMemorySource(name, Map.copyOf(files));
  }
}
