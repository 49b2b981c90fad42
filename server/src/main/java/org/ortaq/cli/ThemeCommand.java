package org.ortaq.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.ortaq.template.Severity;
import org.ortaq.template.TemplateData;
import org.ortaq.template.TemplateException;
import org.ortaq.template.TemplateProblem;
import org.ortaq.template.TemplateSource;
import org.ortaq.template.Theme;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code ortaq theme check|render}: compile a DLE theme folder, or render one of its templates. */
@Command(name = "theme", mixinStandardHelpOptions = true, description = "Check and render DLE themes.",
    subcommands = {ThemeCommand.Check.class, ThemeCommand.Render.class})
final class ThemeCommand implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The theme in {@code dir}; its charset comes from --charset, else theme.properties, else UTF-8. */
  static Theme load(Path dir, String charsetName) {
    if (!Files.isDirectory(dir)) {
      throw new UsageFailure(dir + " is not a directory");
    }
    String name = charsetName;
    Path properties = dir.resolve("theme.properties");
    if (name == null && Files.isRegularFile(properties)) {
      var settings = new Properties();
      try (InputStream in = Files.newInputStream(properties)) {
        settings.load(in);
      } catch (IOException e) {
        throw new UsageFailure("cannot read " + properties + ": " + e.getMessage());
      }
      name = settings.getProperty("charset");
    }
    Charset charset;
    try {
      charset = name == null ? StandardCharsets.UTF_8 : Charset.forName(name.strip());
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      throw new UsageFailure("unknown charset '" + name + "'");
    }
    return Theme.of(TemplateSource.directory(dir, charset));
  }

  @Command(name = "check", mixinStandardHelpOptions = true,
      description = "Compile every .tpl under DIR; print file:line:col: error|warning: message; exit 1 on any error.")
  static final class Check implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "DIR", description = "The theme folder.")
    Path dir;

    @CommandLine.Option(names = "--charset", description = "The theme files' charset (default: theme.properties, else UTF-8).")
    String charset;

    @Override
    public Integer call() {
      List<TemplateProblem> problems = load(dir, charset).check();
      problems.forEach(problem -> spec.commandLine().getOut().println(problem));
      long errors = problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
      spec.commandLine().getErr().println(dir + ": " + errors + " error(s), " + (problems.size() - errors) + " warning(s)");
      return errors > 0 ? 1 : 0;
    }
  }

  @Command(name = "render", mixinStandardHelpOptions = true,
      description = "Render TEMPLATE of the theme in DIR with the data of a JSON file (see template/README.md) and print the HTML.")
  static final class Render implements java.util.concurrent.Callable<Integer> {
    @CommandLine.Spec CommandLine.Model.CommandSpec spec;

    @CommandLine.Parameters(index = "0", paramLabel = "DIR", description = "The theme folder.")
    Path dir;

    @CommandLine.Parameters(index = "1", paramLabel = "TEMPLATE", description = "e.g. shortstory.tpl")
    String template;

    @CommandLine.Option(names = "--data", required = true, paramLabel = "FILE.json", description = "The values, as JSON.")
    Path data;

    @CommandLine.Option(names = "--charset", description = "The theme files' charset.")
    String charset;

    @Override
    public Integer call() {
      Theme theme = load(dir, charset);
      Map<String, Object> values;
      try {
        values = new ObjectMapper().readValue(Files.readString(data, StandardCharsets.UTF_8), new TypeReference<>() {});
      } catch (JsonProcessingException e) {
        throw new UsageFailure(data + ":" + e.getLocation().getLineNr() + ":" + e.getLocation().getColumnNr()
            + ": invalid JSON: " + e.getOriginalMessage());
      } catch (IOException e) {
        throw new UsageFailure("cannot read " + data + ": " + e.getMessage());
      }
      TemplateData templateData;
      try {
        templateData = TemplateData.fromMap(values);
      } catch (IllegalArgumentException e) {
        throw new UsageFailure(data + ": " + e.getMessage());
      }
      try {
        spec.commandLine().getOut().print(theme.template(template).render(templateData.page(), templateData.item()));
        spec.commandLine().getOut().flush();
        return 0;
      } catch (TemplateException e) {
        spec.commandLine().getErr().println(e.getMessage());
        return 1;
      }
    }
  }
}
