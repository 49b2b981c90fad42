package org.ortaq.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A theme: its templates, each compiled once on first use and cached. Thread-safe; a template
 * that cannot compile throws the same {@link TemplateException} each time it is asked for.
 */
public final class Theme {
  private final TemplateSource source;
  private final ConcurrentHashMap<String, Compiled> compiled = new ConcurrentHashMap<>();

  private record Compiled(Optional<Template> template, Optional<TemplateException> error, List<TemplateProblem> warnings) {}

  private Theme(TemplateSource source) {
    this.source = source;
  }

  public static Theme of(TemplateSource source) {
    return new Theme(Objects.requireNonNull(source, "source"));
  }

  public String name() {
    return source.name();
  }

  /** The compiled template, such as "main.tpl" or "blocks/menu.tpl". */
  public Template template(String name) {
    String path = normalize(name);
    Compiled result = compiled.computeIfAbsent(path, this::compile);
    if (result.error().isPresent()) {
      throw result.error().get();
    }
    return result.template().orElseThrow();
  }

  /** Compiles every {@code .tpl} of the theme: errors, and warnings such as a missing include. */
  public List<TemplateProblem> check() {
    var problems = new ArrayList<TemplateProblem>();
    for (String path : source.list()) {
      Compiled result = compiled.computeIfAbsent(normalize(path), this::compile);
      problems.addAll(result.warnings());
      result.error().ifPresent(error -> problems.add(error.problem()));
    }
    problems.sort(Comparator.comparing(TemplateProblem::file)
        .thenComparingInt(TemplateProblem::line)
        .thenComparingInt(TemplateProblem::column));
    return List.copyOf(problems);
  }

  Optional<String> read(String path) {
    return source.read(path);
  }

  private Compiled compile(String path) {
    var warnings = new ArrayList<TemplateProblem>();
    Optional<String> text = source.read(path);
    if (text.isEmpty()) {
      var error = new TemplateException(path, 1, 1, "Template not found: /templates/" + name() + "/" + path);
      return new Compiled(Optional.empty(), Optional.of(error), List.of());
    }
    try {
      var includes = new ArrayDeque<String>();
      includes.push(path);
      List<Node> nodes = Compiler.compile(new Compiler.Load(this, warnings), path, text.get(), includes, 0);
      return new Compiled(Optional.of(new Template(path, nodes, this)), Optional.empty(), List.copyOf(warnings));
    } catch (TemplateException error) {
      return new Compiled(Optional.empty(), Optional.of(error), List.copyOf(warnings));
    }
  }

  private static String normalize(String name) {
    String path = name.strip().replace('\\', '/');
    while (path.startsWith("/") || path.startsWith("./")) {
      path = path.substring(path.startsWith("/") ? 1 : 2);
    }
    return path;
  }
}
