package org.ortaq.text.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.util.ArrayUtil;

/**
 * Replaces each term by its {@link AzerbaijaniStemmer} stem, leaving keyword-marked terms.
 *
 * <p>Where the stemmer's n-final reading gives another stem ({@code Azərbaycanın} is {@code
 * azərbayca·nın} or {@code azərbaycan·ın}), that stem follows at the same position, so the base
 * form matches whichever reading is right.
 */
public final class AzerbaijaniStemFilter extends TokenFilter {
  private final AzerbaijaniStemmer stemmer;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private char[] other = new char[32];
  private int otherLength;
  private State pending;

  /** Stems Azerbaijani text that {@code TurkishLowerCaseFilter} has lower-cased. */
  public AzerbaijaniStemFilter(TokenStream input) {
    this(input, new AzerbaijaniStemmer());
  }

  /** Stems with the given stemmer, such as {@link AzerbaijaniStemmer#forFoldedText()}. */
  public AzerbaijaniStemFilter(TokenStream input, AzerbaijaniStemmer stemmer) {
    super(input);
    this.stemmer = stemmer;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null) {
      restoreState(pending);
      pending = null;
      term.copyBuffer(other, 0, otherLength);
      position.setPositionIncrement(0);
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    int length = term.length();
    other = ArrayUtil.grow(other, length);
    System.arraycopy(term.buffer(), 0, other, 0, length);
    otherLength = stemmer.stemAsNFinal(other, length);
    term.setLength(stemmer.stem(term.buffer(), length));
    if (!Arrays.equals(term.buffer(), 0, term.length(), other, 0, otherLength)) {
      pending = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
  }
}
