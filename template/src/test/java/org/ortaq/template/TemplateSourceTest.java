package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateSourceTest {
  @TempDir Path theme;

  @Test
  void readsEachThemeInItsOwnCharset() throws IOException {
    Files.write(theme.resolve("main.tpl"), "<p>Новости {title}</p>".getBytes(Charset.forName("windows-1251")));
    Files.write(theme.resolve("latin.tpl"), "<p>Télécharger à</p>".getBytes(StandardCharsets.ISO_8859_1));

    var cyrillic = Theme.of(TemplateSource.directory(theme, Charset.forName("windows-1251")));
    var latin = Theme.of(TemplateSource.directory(theme, StandardCharsets.ISO_8859_1));

    assertThat(cyrillic.template("main.tpl").render(PageContext.EMPTY, Item.builder().title("дня").build()))
        .isEqualTo("<p>Новости дня</p>");
    assertThat(latin.template("latin.tpl").render(PageContext.EMPTY, Item.EMPTY)).isEqualTo("<p>Télécharger à</p>");
  }

  @Test
  void keepsCrlfAndCountsLinesAcrossIt() throws IOException {
    Files.writeString(theme.resolve("main.tpl"), "\uFEFF<p>\r\n{title}\r\n</p>\r\n[if a=1]\r\n");
    var compiled = Theme.of(TemplateSource.directory(theme, StandardCharsets.UTF_8));
    assertThat(compiled.check()).extracting(TemplateProblem::toString).containsExactly("main.tpl:4:1: error: unclosed [if]");

    Files.writeString(theme.resolve("main.tpl"), "<p>\r\n{title}\r\n</p>\r\n");
    var fixed = Theme.of(TemplateSource.directory(theme, StandardCharsets.UTF_8));
    assertThat(fixed.template("main.tpl").render(PageContext.EMPTY, Item.builder().title("T").build()))
        .isEqualTo("<p>\r\nT\r\n</p>\r\n");
  }

  @Test
  void listsTemplatesAndNeverReadsOutsideTheFolder() throws IOException {
    Files.createDirectories(theme.resolve("blocks"));
    Files.writeString(theme.resolve("blocks/menu.tpl"), "m");
    Files.writeString(theme.resolve("main.tpl"), "x");
    Files.writeString(theme.resolve("style.css"), "c");
    var source = TemplateSource.directory(theme, StandardCharsets.UTF_8);

    assertThat(source.list()).containsExactly("blocks/menu.tpl", "main.tpl");
    assertThat(source.read("../" + theme.getFileName() + "/main.tpl")).contains("x");
    assertThat(source.read("../../etc/passwd")).isEmpty();
    assertThat(source.name()).isEqualTo(theme.getFileName().toString());
  }
}
