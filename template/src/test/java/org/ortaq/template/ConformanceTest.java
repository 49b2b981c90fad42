package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every real theme under ../shared/dle-themes checks without errors and renders every file with
 * fixture data. The themes are not ours: they are read in place and the test skips without them.
 */
class ConformanceTest {
  static final Item STORY = Item.builder()
      .title("Bakı \"Şuşa\" & diaspora")
      .shortStory("<p>Qısa <b>mətn</b> <img src=\"/uploads/posts/1.jpg\" alt=\"x\"></p>")
      .fullStory("<p>Birinci səhifə</p>{PAGEBREAK}<p>İkinci</p>")
      .text("<p>Əlaqəli xəbər</p>")
      .date(Instant.parse("2024-05-03T11:05:09Z"))
      .editDate(Instant.parse("2024-05-04T08:00:00Z"))
      .value("full-link", "https://ortaq.example/az/news/2024/05/susa")
      .value("news-id", "42")
      .value("author", "<a href=\"/user/admin/\">admin</a>")
      .value("login", "admin")
      .value("views", "1 204")
      .value("comments-num", "3")
      .value("category", "Xəbərlər")
      .value("link-category", "<a href=\"/az/news/\">Xəbərlər</a>")
      .value("tags", "<a href=\"/tags/susa/\">Şuşa</a>")
      .value("rating", "<span>5</span>")
      .value("vote-num", "<span data-vote-num-id=\"42\">12</span>")
      .xfield("price", "100 AZN")
      .xfield("poster", "<img src=\"/uploads/posts/poster.jpg\" alt=\"Poster\">")
      .categories(List.of(1, 3))
      .tags(List.of("Şuşa", "diaspora"))
      .field("rating", "5")
      .position(1)
      .build();

  static final PageContext PAGE = PageContext.builder()
      .language("az")
      .now(Instant.parse("2024-05-05T10:00:00Z"))
      .module("showfull")
      .userGroup(5)
      .themeUrl("/templates/Default")
      .newsId(42)
      .categories(List.of(1))
      .value("content", "<article>content</article>")
      .value("headers", "<title>Ortaq</title>")
      .value("speedbar", "<nav>Ortaq » Xəbərlər</nav>")
      .value("login", "<form>login</form>")
      .value("navigation", "")
      .customSource(query -> List.of(STORY))
      .build();

  @TestFactory
  Stream<DynamicTest> everyThemeChecksWithoutErrorsAndRendersEveryFile() throws IOException {
    Optional<Path> themes = themesFolder();
    assumeTrue(themes.isPresent(), "skipped: ../shared/dle-themes is not here");
    List<Path> folders;
    try (Stream<Path> list = Files.list(themes.get())) {
      folders = list.filter(Files::isDirectory).sorted().toList();
    }
    assertThat(folders).isNotEmpty();
    return folders.stream().map(folder -> DynamicTest.dynamicTest(folder.getFileName().toString(), () -> {
      Charset charset = folder.getFileName().toString().endsWith("MStarterB")
          ? Charset.forName("windows-1252") : StandardCharsets.UTF_8;
      Theme theme = Theme.of(TemplateSource.directory(folder, charset));
      List<TemplateProblem> problems = theme.check();
      assertThat(problems).filteredOn(problem -> problem.severity() == Severity.ERROR).isEmpty();
      for (String file : TemplateSource.directory(folder, charset).list()) {
        Template template = theme.template(file);
        String html = template.render(PAGE, file.equals("main.tpl") ? Item.EMPTY : STORY);
        assertThat(html).as(file).isNotBlank();
      }
    }));
  }

  /** ../shared/dle-themes from the repository root, or ../../shared/dle-themes from the module. */
  static Optional<Path> themesFolder() {
    Path here = Path.of("").toAbsolutePath();
    for (Path dir = here; dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolveSibling("shared").resolve("dle-themes");
      if (Files.isDirectory(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }
}
