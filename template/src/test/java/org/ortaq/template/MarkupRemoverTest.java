package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MarkupRemoverTest {
  /** DLE's own patterns, which the linear scans must agree with. */
  private static final Map<MarkupRemover.Pattern, Pattern> DLE = Map.of(
      MarkupRemover.HIDE, Pattern.compile("\\[hide(.*?)\\](.+?)\\[/hide\\]", Pattern.DOTALL | Pattern.CASE_INSENSITIVE),
      MarkupRemover.ATTACHMENT, Pattern.compile("\\[attachment=(.*?)\\]", Pattern.DOTALL | Pattern.CASE_INSENSITIVE),
      MarkupRemover.PAGE, Pattern.compile("\\[page=(.*?)\\](.*?)\\[/page\\]", Pattern.DOTALL | Pattern.CASE_INSENSITIVE),
      MarkupRemover.SPOILER_HEAD, Pattern.compile("<!--dle_spoiler(.+?)<!--spoiler_text-->", Pattern.DOTALL | Pattern.CASE_INSENSITIVE),
      MarkupRemover.BANNER_TAG, Pattern.compile("\\{banner_(.*?)\\}", Pattern.DOTALL | Pattern.CASE_INSENSITIVE),
      MarkupRemover.BANNER_BLOCK, Pattern.compile("\\[banner_(.*?)\\](.*?)\\[/banner_(.*?)\\]", Pattern.DOTALL | Pattern.CASE_INSENSITIVE),
      MarkupRemover.PRE, Pattern.compile("<pre(.*?)>(.+?)</pre>", Pattern.DOTALL | Pattern.CASE_INSENSITIVE));
  private static final List<String> PIECES = List.of(
      "[hide", "[HIDE=1]", "]", "[/hide]", "[/HIDE]", "x", " ", "[attachment=", "[page=2", "[/page]",
      "<!--dle_spoiler", "<!--spoiler_text-->", "{banner_", "}", "[banner_a", "[/banner_", "<pre", "<PRE ",
      ">", "</pre>", "\n", "ı", "[hıde]");

  @Test
  void agreesWithDlesLazyPatternsOnRandomMixtures() {
    var random = new Random(20240503);
    for (int run = 0; run < 2_000; run++) {
      var text = new StringBuilder();
      for (int i = random.nextInt(14); i > 0; i--) {
        text.append(PIECES.get(random.nextInt(PIECES.size())));
      }
      String input = text.toString();
      DLE.forEach((linear, regex) ->
          assertThat(MarkupRemover.removeAll(input, linear)).as(input).isEqualTo(regex.matcher(input).replaceAll("")));
    }
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "a[hide]b[/hide]c|ac",
      "a[hide][/hide]c[/hide]d|ad",
      "a[HIDE=2,3]x[/Hide]c|ac",
      "a[hide]x|a[hide]x",
      "''|''",
  })
  void removesHiddenTextLikeDle(String input, String expected) {
    assertThat(MarkupRemover.removeAll(input, MarkupRemover.HIDE)).isEqualTo(expected);
  }
}
