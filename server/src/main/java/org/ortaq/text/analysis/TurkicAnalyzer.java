package org.ortaq.text.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.WordlistLoader;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Analyzer for Azerbaijani or Turkish text, or for the folded field where both meet.
 *
 * <p>Every variant runs the same chain: {@link StandardTokenizer}, {@link ApostropheFilter} ({@code
 * İstanbul'da} and {@code İstanbul’da} keep {@code İstanbul}), {@link TurkishLowerCaseFilter}
 * ({@code I} to {@code ı}, {@code İ} to {@code i}, whatever the JVM's default locale), a {@link
 * StopFilter} with the word list in this package, then a last step that differs: Snowball's {@link
 * TurkishStemmer} for Turkish ({@link TurkishStemFilter}), {@link AzerbaijaniStemFilter} for
 * Azerbaijani, and for {@link #folded()} the {@link TurkicFoldingFilter} with ə-as-a variants,
 * {@link AzerbaijaniStemmer#forFoldedText()}, and a {@link RemoveDuplicatesTokenFilter} for the
 * variants that stem alike, done in one pass by {@link FoldedStemFilter}. The stem filters remember
 * recent words' stems ({@link StemCache}).
 */
public final class TurkicAnalyzer extends Analyzer {
  private enum Variant {
    AZERBAIJANI,
    TURKISH,
    FOLDED
  }

  private final Variant variant;
  private final CharArraySet stopWords;

  private TurkicAnalyzer(Variant variant, CharArraySet stopWords) {
    this.variant = variant;
    this.stopWords = CharArraySet.unmodifiableSet(stopWords);
  }

  /** Azerbaijani: stop words from {@code stopwords_az.txt}, {@link AzerbaijaniStemFilter}. */
  public static TurkicAnalyzer azerbaijani() {
    return new TurkicAnalyzer(Variant.AZERBAIJANI, stopWords("stopwords_az.txt"));
  }

  /** Turkish: stop words from {@code stopwords_tr.txt}, Snowball's Turkish stemmer. */
  public static TurkicAnalyzer turkish() {
    return new TurkicAnalyzer(Variant.TURKISH, stopWords("stopwords_tr.txt"));
  }

  /**
   * Language-neutral and diacritic-free, for a second field that matches across Azerbaijani and
   * Turkish: both stop word lists (as written and folded), folding, a light harmony-free stemmer.
   */
  public static TurkicAnalyzer folded() {
    CharArraySet words = new CharArraySet(64, false);
    for (String list : List.of("stopwords_az.txt", "stopwords_tr.txt")) {
      for (Object word : stopWords(list)) {
        String written = word instanceof char[] chars ? new String(chars) : word.toString();
        words.add(written);
        words.add(TurkicFoldingFilter.fold(written));
      }
    }
    return new TurkicAnalyzer(Variant.FOLDED, words);
  }

  /** The stop words this analyzer removes (unmodifiable). */
  CharArraySet stopWords() {
    return stopWords;
  }

  /** Whether this is {@link #turkish()}. */
  boolean isTurkish() {
    return variant == Variant.TURKISH;
  }

  @Override
  protected TokenStreamComponents createComponents(String fieldName) {
    Tokenizer source = new StandardTokenizer();
    TokenStream result = new ApostropheFilter(source);
    result = new TurkishLowerCaseFilter(result);
    result = new StopFilter(result, stopWords);
    result =
        switch (variant) {
          case AZERBAIJANI -> new AzerbaijaniStemFilter(result);
          case TURKISH -> new TurkishStemFilter(result);
          case FOLDED -> new FoldedStemFilter(result);
        };
    return new TokenStreamComponents(source, result);
  }

  /** Wildcard, prefix and fuzzy query terms get the same case mapping (and folding) as the text. */
  @Override
  protected TokenStream normalize(String fieldName, TokenStream in) {
    TokenStream result = new TurkishLowerCaseFilter(in);
    return variant == Variant.FOLDED ? new TurkicFoldingFilter(result, false) : result;
  }

  private static CharArraySet stopWords(String resource) {
    try (InputStream in = TurkicAnalyzer.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("stop word list missing from the classpath: " + resource);
      }
      return WordlistLoader.getWordSet(in, StandardCharsets.UTF_8, "#");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read stop word list " + resource, e);
    }
  }
}
