package org.ortaq.text.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Replaces each term by its {@link AzerbaijaniStemmer} stem, leaving keyword-marked terms.
 *
 * <p>Where the stemmer's n-final reading gives another stem ({@code Azərbaycanın} is {@code
 * azərbayca·nın} or {@code azərbaycan·ın}), that stem follows at the same position, so the base
 * form matches whichever reading is right. Stems come from a {@link StemCache} when the word was
 * seen recently.
 */
public final class AzerbaijaniStemFilter extends TokenFilter {
  private final AzerbaijaniStemmer stemmer;
  private final StemCache<char[][]> cache;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private char[] other;
  private State pending;

  /** Stems Azerbaijani text that {@code TurkishLowerCaseFilter} has lower-cased. */
  public AzerbaijaniStemFilter(TokenStream input) {
    this(input, new AzerbaijaniStemmer());
  }

  /** Stems with the given stemmer, such as {@link AzerbaijaniStemmer#forFoldedText()}. */
  public AzerbaijaniStemFilter(TokenStream input, AzerbaijaniStemmer stemmer) {
    this(input, stemmer, new StemCache<>());
  }

  AzerbaijaniStemFilter(TokenStream input, AzerbaijaniStemmer stemmer, StemCache<char[][]> cache) {
    super(input);
    this.stemmer = stemmer;
    this.cache = cache;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      term.copyBuffer(other, 0, other.length);
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    char[][] stems = cache.find(term.buffer(), term.length());
    if (stems == null) {
      char[] word = Arrays.copyOf(term.buffer(), term.length());
      stems = stems(stemmer, word);
      cache.remember(word, stems);
    }
    term.copyBuffer(stems[0], 0, stems[0].length);
    if (stems.length > 1) {
      other = stems[1];
      pending = captureState();
    }
    return true;
  }

  /** The stem of {@code word}, then its n-final reading when that differs; {@code word} is left as it was. */
  static char[][] stems(AzerbaijaniStemmer stemmer, char[] word) {
    char[] stem = word.clone();
    stem = Arrays.copyOf(stem, stemmer.stem(stem, stem.length));
    char[] nFinal = word.clone();
    nFinal = Arrays.copyOf(nFinal, stemmer.stemAsNFinal(nFinal, nFinal.length));
    return Arrays.equals(stem, nFinal) ? new char[][] {stem} : new char[][] {stem, nFinal};
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
