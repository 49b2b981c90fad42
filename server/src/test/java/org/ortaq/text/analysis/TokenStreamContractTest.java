package org.ortaq.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Random text through every analyzer, in the spirit of Lucene's checkRandomData: the
 * lucene-test-framework's BaseTokenStreamTestCase needs JUnit 4's randomized runner, so this checks
 * the same contract (reset, incrementToken, end, close; sane offsets and positions; reuse gives the
 * same tokens) by hand.
 */
class TokenStreamContractTest {
  private static final int STRINGS = 400;
  private static final String TURKIC = "aAbcçÇdeəƏfgğĞhxiİıIjkqlmnoöÖprsşŞtuüÜvyzZâîû";
  private static final String MARKS = "\u0307\u0316\u0327\u0308\u0301";
  private static final String PUNCTUATION = " '\u2019-.,\n\t\"“”!?0123456789";

  static Stream<Arguments> analyzers() {
    return Stream.of(
        Arguments.of("az", TurkicAnalyzer.azerbaijani()),
        Arguments.of("tr", TurkicAnalyzer.turkish()),
        Arguments.of("folded", TurkicAnalyzer.folded()),
        Arguments.of("en", Analyzers.forLanguage("en")),
        Arguments.of("ru", Analyzers.forLanguage("ru")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("analyzers")
  void keepsTheTokenStreamContractOnRandomText(String name, Analyzer analyzer) throws IOException {
    long seed = new Random().nextLong();
    Random random = new Random(seed);
    try (analyzer) {
      for (int i = 0; i < STRINGS; i++) {
        String text = randomText(random);
        String context = name + " seed=" + seed + " text=" + escape(text);
        List<String> first = consume(analyzer, text, context);
        assertThat(consume(analyzer, text, context)).as(context).isEqualTo(first);
      }
    }
  }

  private static List<String> consume(Analyzer analyzer, String text, String context)
      throws IOException {
    List<String> terms = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
      PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      int lastStart = 0;
      while (stream.incrementToken()) {
        assertThat(term.length()).as(context).isPositive();
        assertThat(position.getPositionIncrement()).as(context).isNotNegative();
        assertThat(offset.startOffset()).as(context).isGreaterThanOrEqualTo(lastStart);
        assertThat(offset.endOffset())
            .as(context)
            .isGreaterThanOrEqualTo(offset.startOffset())
            .isLessThanOrEqualTo(text.length());
        lastStart = offset.startOffset();
        terms.add(position.getPositionIncrement() + ":" + term);
      }
      stream.end();
      assertThat(offset.endOffset()).as(context).isEqualTo(text.length());
    }
    return terms;
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int length = random.nextInt(40);
    for (int i = 0; i < length; i++) {
      int kind = random.nextInt(10);
      if (kind < 5) {
        text.append(TURKIC.charAt(random.nextInt(TURKIC.length())));
      } else if (kind < 7) {
        text.append(PUNCTUATION.charAt(random.nextInt(PUNCTUATION.length())));
      } else if (kind == 7) {
        text.append(MARKS.charAt(random.nextInt(MARKS.length())));
      } else if (kind == 8) {
        text.appendCodePoint(bmpCodePoint(random));
      } else {
        text.appendCodePoint(random.nextInt(0x10000, 0x110000));
      }
    }
    return text.toString();
  }

  /**
   * Valid text only, as Lucene's own random tests use: a lone surrogate shifts its final offset.
   */
  private static int bmpCodePoint(Random random) {
    int codePoint = random.nextInt(0x10000 - 0x800);
    return codePoint < 0xd800 ? codePoint : codePoint + 0x800;
  }

  private static String escape(String text) {
    StringBuilder escaped = new StringBuilder();
    text.chars()
        .forEach(
            c ->
                escaped.append(
                    c < 0x80 ? Character.toString(c) : String.format(Locale.ROOT, "\\u%04x", c)));
    return escaped.toString();
  }
}
