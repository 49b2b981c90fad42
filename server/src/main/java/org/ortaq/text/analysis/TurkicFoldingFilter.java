package org.ortaq.text.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Folds lower-cased Turkic letters to plain Latin ones so spelling without diacritics still
 * matches.
 *
 * <p>{@code ş ç ğ ı ö ü â î û} lose their marks through Lucene's {@link ASCIIFoldingFilter} table
 * (so do other Latin letters), and combining marks left by decomposed input ({@code s} + U+0327)
 * are dropped: {@code Şuşa}, {@code SUŞA} and {@code susa} all become {@code susa}.
 *
 * <p>{@code ə} has no single ASCII spelling: it becomes {@code e} ({@code Əliyev} ~ {@code Eliyev},
 * and the Turkish cognates {@code Beyanname}, {@code devlet}), and, when {@code variants} is on,
 * the filter also emits the term with every {@code ə} read as {@code a} at the same position
 * ({@code Əliyev} ~ {@code Aliyev}, the Turkish and Russian spelling). Place it after {@code
 * TurkishLowerCaseFilter}: an upper-case {@code I} must already be {@code ı}.
 */
public final class TurkicFoldingFilter extends TokenFilter {
  private static final char SCHWA = 'ə';

  private final boolean variants;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private State pendingState;
  private String pendingVariant;

  /** Folds each term and, if {@code variants}, adds the ə-as-a spelling at the same position. */
  public TurkicFoldingFilter(TokenStream input, boolean variants) {
    super(input);
    this.variants = variants;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pendingVariant != null) {
      restoreState(pendingState);
      term.setEmpty().append(pendingVariant);
      position.setPositionIncrement(0);
      pendingVariant = null;
      pendingState = null;
      return true;
    }
    if (!input.incrementToken()) {
      return false;
    }
    char[][] spellings = spellings(Arrays.copyOf(term.buffer(), term.length()));
    term.copyBuffer(spellings[0], 0, spellings[0].length);
    if (variants && spellings.length > 1) {
      pendingVariant = new String(spellings[1]);
      pendingState = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pendingVariant = null;
    pendingState = null;
  }

  /**
   * The spellings this filter gives a lower-cased {@code word}: folded with ə as e, then, when the
   * word has an ə and that differs, folded with ə as a. {@code word} is left as it was.
   */
  static char[][] spellings(char[] word) {
    char[] folded = new char[word.length * 4];
    folded = Arrays.copyOf(folded, fold(word.clone(), word.length, folded));
    boolean hasSchwa = false;
    for (int i = 0; i < word.length && !hasSchwa; i++) {
      hasSchwa = word[i] == SCHWA;
    }
    if (!hasSchwa) {
      return new char[][] {folded};
    }
    char[] schwaAsA = word.clone();
    for (int i = 0; i < schwaAsA.length; i++) {
      schwaAsA[i] = schwaAsA[i] == SCHWA ? 'a' : schwaAsA[i];
    }
    char[] variant = new char[word.length * 4];
    variant = Arrays.copyOf(variant, fold(schwaAsA, schwaAsA.length, variant));
    return Arrays.equals(folded, variant) ? new char[][] {folded} : new char[][] {folded, variant};
  }

  /** Folds a word the way this filter folds a term (ə as e); used for stop word sets. */
  static String fold(String word) {
    char[] chars = word.toCharArray();
    char[] folded = new char[chars.length * 4];
    return new String(folded, 0, fold(chars, chars.length, folded));
  }



  /**
   * Writes the folded form of {@code input[0, length)} into {@code output} (at least four times as
   * long, the most one char folds to) and returns its length; {@code input}'s ə become e.
   */
  private static int fold(char[] input, int length, char[] output) {
    for (int i = 0; i < length; i++) {
      if (input[i] == SCHWA) {
        input[i] = 'e'; // ASCIIFoldingFilter's table reads ə as a
      }
    }
    int folded = ASCIIFoldingFilter.foldToASCII(input, 0, output, 0, length);
    int kept = 0;
    for (int i = 0; i < folded; i++) {
      if (!isCombiningMark(output[i])) {
        output[kept++] = output[i];
      }
    }
    return kept;
  }

  /** Combining Diacritical Marks, U+0300 to U+036F: what a decomposed ş, ç, ö, ü or İ leaves. */
  private static boolean isCombiningMark(char letter) {
    return letter >= '\u0300' && letter <= '\u036f';
  }
}
