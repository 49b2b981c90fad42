package org.ortaq.text.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.WhitespaceTokenizer;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.junit.jupiter.api.Test;
import org.tartarus.snowball.ext.TurkishStemmer;

/** A stem filter with a cache gives exactly the tokens of stemming every word afresh. */
class StemCacheTest {
  /** Words of the seed's kind, each inflected several ways and repeated, so the cache is used. */
  private static final String TEXT = String.join(" ", List.of(
      "azərbaycanın azərbaycan azərbaycanda azərbaycanın şuşanın şuşa şuşada bəyannaməsi bəyannamə",
      "təşkilatlarının təşkilatların təşkilat əməkdaşlığı əməkdaşlıq birliyi birlik ölkəsində ölkəsi",
      "türkiyənin türkiyə diasporumuz diaspor kitablar kitabların kitab ordu bakı bakıda günlərdə gün",
      "istanbulda istanbul derneklerin dernekleri dernek toplantısında toplantı kararları kararlarını",
      "azərbaycanın şuşanın təşkilatlarının istanbulda kararlarını bəyannaməsi ölkəsində kitabların"));

  @Test
  void theAzerbaijaniFilterGivesTheSameTokensWithAndWithoutRemembering() {
    for (AzerbaijaniStemmer stemmer : List.of(new AzerbaijaniStemmer(), AzerbaijaniStemmer.forFoldedText())) {
      List<String> uncached = tokens(input -> new AzerbaijaniStemFilter(input, stemmer, new StemCache<>(0)));
      assertThat(tokens(input -> new AzerbaijaniStemFilter(input, stemmer, new StemCache<>())))
          .isEqualTo(uncached);
      // a cache of three words starts again many times over this text
      assertThat(tokens(input -> new AzerbaijaniStemFilter(input, stemmer, new StemCache<>(3))))
          .isEqualTo(uncached);
      assertThat(uncached).contains("təşkilat@1", "diaspor@1");
    }
    assertThat(tokens(input -> new AzerbaijaniStemFilter(input))).contains("azərbaycan@0", "şuşa@1");
  }

  @Test
  void theTurkishFilterGivesSnowballsTokens() {
    List<String> snowball = tokens(input -> new SnowballFilter(input, new TurkishStemmer()));
    assertThat(tokens(input -> new TurkishStemFilter(input, new StemCache<>()))).isEqualTo(snowball);
    assertThat(tokens(input -> new TurkishStemFilter(input, new StemCache<>(3)))).isEqualTo(snowball);
    assertThat(snowball).contains("dernek@1", "karar@1");
  }

  @Test
  void theFoldedFilterGivesWhatFoldingStemmingAndRemovingDuplicatesGiveChained() {
    List<String> chained = tokens(input -> new RemoveDuplicatesTokenFilter(new AzerbaijaniStemFilter(
        new TurkicFoldingFilter(input, true), AzerbaijaniStemmer.forFoldedText(), new StemCache<>(0))));
    assertThat(tokens(input -> new FoldedStemFilter(input))).isEqualTo(chained);
    assertThat(tokens(input -> new FoldedStemFilter(input, new StemCache<>(3)))).isEqualTo(chained);
    assertThat(chained).contains("azerbaycan@0", "azarbaycan@0", "susa@1", "teskilat@1", "dernek@1");
  }

  /** Each token as term@positionIncrement, for TEXT through {@code filter}, twice (reuse). */
  private static List<String> tokens(Function<TokenStream, TokenStream> filter) {
    List<String> tokens = new ArrayList<>();
    try (Analyzer analyzer = new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String fieldName) {
        Tokenizer source = new WhitespaceTokenizer();
        return new TokenStreamComponents(source, filter.apply(source));
      }
    }) {
      for (int pass = 0; pass < 2; pass++) {
        try (TokenStream stream = analyzer.tokenStream("text", TEXT)) {
          CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
          PositionIncrementAttribute position = stream.addAttribute(PositionIncrementAttribute.class);
          stream.reset();
          while (stream.incrementToken()) {
            tokens.add(term + "@" + position.getPositionIncrement());
          }
          stream.end();
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
