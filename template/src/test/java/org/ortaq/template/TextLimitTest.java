package org.ortaq.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class TextLimitTest {

  /** Reference §2.3, DLE 18.0 column, each row produced by DLE's own PHP. */
  static Stream<Arguments> dle18Vectors() {
    return Stream.of(
        Arguments.of("<p>Hello <b>world</b>, this is a test.</p><p>Second paragraph here.</p>", 20, "Hello world, this"),
        Arguments.of("hello world foo", 11, "hello"),
        Arguments.of("hello world foo", 12, "hello world"),
        Arguments.of("hello world", 11, "hello world"),
        Arguments.of("Тест кириллицы с длинными словами", 10, "Тест"),
        Arguments.of("Azərbaycan Respublikasının paytaxtı Bakı şəhəridir", 20, "Azərbaycan"),
        Arguments.of("Ünïcödé ǅ 😀😀😀 emoji test", 12, "Ünïcödé ǅ"),
        Arguments.of("Supercalifragilistic", 5, "Super"),
        Arguments.of("Tom &amp; Jerry; fun stuff", 100, "Tom &amp; Jerry; fun stuff"),
        Arguments.of("He said &quot;hi&quot; it's <ok>", 100, "He said &quot;hi&quot; it&#039;s"),
        Arguments.of("\"Quoted\" title", 7, "&quot;Q"),
        Arguments.of("&lt;b&gt;bold&lt;/b&gt; text", 100, "bold text"),
        Arguments.of("Visit https://example.com/page now", 100, "Visit now"),
        Arguments.of("a {title} [b] x", 100, "a &#123;title&#125; &#91;b&#93; x"),
        Arguments.of("Line1<br>Line2<br />Line3\nLine4<br/>Line5", 0, "Line1 Line2 Line3 Line4Line5"),
        Arguments.of("word1 word2", 1, "word1 word2"),
        Arguments.of("Hello , world ,test", 100, "Hello world test"),
        Arguments.of("[hide]secret[/hide] visible", 100, "visible"),
        Arguments.of("<pre>code</pre> after", 100, "after"),
        Arguments.of("x&#1072;y &#111;k &eacute;t&eacute; &#8212; dash", 100, "x\u0430y ok été — dash"),
        Arguments.of(" hello world", 6, "hello"),
        Arguments.of("http://only.url", 10, ""));
  }

  @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
  @MethodSource("dle18Vectors")
  void cleansAndCutsExactlyAsDle18(String html, int limit, String expected) {
    assertThat(TextLimit.clean(html, limit)).isEqualTo(expected);
  }

  /** The one deliberate deviation: DLE gives "AT&amp" here, half an entity. */
  @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
  @MethodSource("entityCuts")
  void neverCutsAnEscapedEntityInHalf(String html, int limit, String expected) {
    assertThat(TextLimit.clean(html, limit)).isEqualTo(expected);
  }

  static Stream<Arguments> entityCuts() {
    return Stream.of(
        Arguments.of("AT&T and more", 6, "AT"),
        Arguments.of("AT&T and more", 7, "AT&amp;"),
        Arguments.of("\"Quoted\" title", 3, ""),
        Arguments.of("x<y", 4, "x"),
        Arguments.of("a'bcdef", 5, "a"));
  }

  static Stream<Arguments> edgeVectors() {
    return Stream.of(
        Arguments.of("", 10, ""),
        Arguments.of("0", 10, ""),
        Arguments.of("   ", 10, ""),
        Arguments.of("<p></p>", 10, ""),
        // decomposed letters count two code points each, and a cut may split a base from its mark
        Arguments.of("A\u030Angstro\u0308m is here", 10, "A\u030Angstro\u0308m"),
        Arguments.of("A\u030Angstro\u0308m is here", 8, "A\u030Angstro"),
        Arguments.of("s\u0327ehe\u0308r ve ko\u0308y", 8, "s\u0327ehe\u0308r"),
        Arguments.of("Bakı\u00A0şəhəri\u2003gözəldir", 100, "Bakı şəhəri gözəldir"),
        Arguments.of("<!--dle_spoiler x --><!--spoiler_text-->inner<!--spoiler_text_end--> y <!--/dle_spoiler--> tail", 100, "inner tail"),
        Arguments.of("see [attachment=12] and [page=2]next[/page] end", 100, "see and end"),
        Arguments.of("{banner_top}news [banner_x]ad[/banner_x]", 100, "news"),
        Arguments.of("a \\\"quoted\\\" word", 100, "a &quot;quoted&quot; word"),
        Arguments.of("1 < 2 and 3 > 2", 100, "1 &lt; 2 and 3 &gt; 2"),
        Arguments.of("&amp;amp; &#13; &#128; &bogus; &amp", 100, "&amp; &amp;#13; &amp;#128; &amp;bogus; &amp;amp"),
        Arguments.of("Link:https://glued.example now", 100, "Link:https://glued.example now"),
        Arguments.of("tab\there\u000Bvt", 100, "tab here vt"),
        // &nbsp; is decoded before the spaced needles, so "<br&nbsp;/>" is stripped as a tag
        Arguments.of("a<br\t/>b<br{PAGEBREAK}/>c<br&nbsp;/>d", 100, "a b cd"),
        Arguments.of("x\n,y`,z <br>,w , , ,,v", 100, "x y z w ,v"),
        Arguments.of("one\\\\ttwo\\\\nthree", 100, "one two three"),
        // DLE measures before its final trim: a trailing space (here from the newline) forces a cut
        Arguments.of("abcd efgh\n<i", 9, "abcd"),
        // escaping stops soon after the limit: the cut must not notice
        Arguments.of("😀😀😀😀😀😀😀😀😀😀😀😀 😀 end", 13, "😀😀😀😀😀😀😀😀😀😀😀😀"),
        Arguments.of("😀".repeat(30), 20, "😀".repeat(20)),
        Arguments.of("ab " + "&".repeat(40), 6, "ab"),
        Arguments.of("a" + " ".repeat(50) + "b c d", 5, "a b"),
        Arguments.of("x".repeat(100), Integer.MAX_VALUE, "x".repeat(100)));
  }

  @ParameterizedTest(name = "[{index}] {0} / {1} -> {2}")
  @MethodSource("edgeVectors")
  void handlesEmptyDecomposedAndUnusualInput(String html, int limit, String expected) {
    assertThat(TextLimit.clean(html, limit)).isEqualTo(expected);
  }

  @Test
  void cutsEveryRandomTextLikeCuttingTheWholeCleanedText() {
    String[] pieces = {"a", "ə", "Ş", " ", "  ", "\u00A0", "😀", "&", ">", "\"", "'", "{", "]", "x y", "&amp;", "\n"}; // no "<": an open tag eats the end
    var random = new java.util.Random(840);
    for (int run = 0; run < 3000; run++) {
      var text = new StringBuilder("a");
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      String input = text.append('z').toString();
      int limit = random.nextInt(30);
      assertThat(TextLimit.clean(input, limit)).as(input + " / " + limit).isEqualTo(reference(TextLimit.clean(input, 0), limit));
    }
  }

  /** DLE's cut on the whole cleaned text, with the entity rule, for texts without edge spaces. */
  private static String reference(String cleaned, int limit) {
    if (limit <= 1 || cleaned.codePointCount(0, cleaned.length()) <= limit) {
      return cleaned;
    }
    String prefix = cleaned.substring(0, cleaned.offsetByCodePoints(0, limit));
    int space = prefix.lastIndexOf(' ');
    if (space > 0) {
      return prefix.substring(0, space).strip();
    }
    int ampersand = prefix.lastIndexOf('&');
    if (ampersand >= 0 && prefix.indexOf(';', ampersand) < 0) {
      prefix = prefix.substring(0, ampersand);
    }
    return prefix.strip();
  }

  @Test
  void cutsTheSeedArticleTo831CodePointsEndingInTheDiaspora() throws IOException {
    List<String> lines = seedLines();
    assertThat(lines.get(2)).isEqualTo("{short-story limit=\"840\"}");
    String html = lines.subList(4, lines.size()).stream()
        .filter(line -> !line.isEmpty())
        .map(line -> "<p>" + line + "</p>")
        .collect(Collectors.joining("\n"));

    String cut = TextLimit.clean(html, 840);

    assertThat(cut.codePointCount(0, cut.length())).isEqualTo(831);
    assertThat(cut).endsWith("ABŞ-dakı diasporumuz").startsWith("2007-ci il martın 9-da");
  }

  @Test
  void rendersTheSeedTagThroughATemplate() throws IOException {
    List<String> lines = seedLines();
    String html = lines.subList(4, lines.size()).stream()
        .filter(line -> !line.isEmpty())
        .map(line -> "<p>" + line + "</p>")
        .collect(Collectors.joining());
    var theme = Theme.of(TemplateSource.inMemory("Seed", java.util.Map.of("shortstory.tpl", lines.get(2))));

    String rendered = theme.template("shortstory.tpl")
        .render(PageContext.EMPTY, Item.builder().shortStory(html).build());

    assertThat(rendered.codePointCount(0, rendered.length())).isEqualTo(831);
    assertThat(rendered).endsWith("ABŞ-dakı diasporumuz");
  }

  static List<String> seedLines() throws IOException {
    try (InputStream in = TextLimitTest.class.getResourceAsStream("article.az.txt")) {
      return Arrays.asList(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n", -1));
    }
  }
}
