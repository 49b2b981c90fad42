package org.ortaq.text.analysis;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * The folded field's last three steps in one pass: {@link TurkicFoldingFilter} with its ə-as-a
 * variant, then {@link AzerbaijaniStemmer#forFoldedText()} with its n-final reading for each
 * spelling, then what {@link RemoveDuplicatesTokenFilter} does (a term already given at this
 * position is not given again). The same terms in the same order as those three filters chained,
 * but each word's terms come from a {@link StemCache} once the word has been seen. Keyword-marked
 * terms are folded and not stemmed.
 */
final class FoldedStemFilter extends TokenFilter {
  private final AzerbaijaniStemmer stemmer = AzerbaijaniStemmer.forFoldedText();
  private final StemCache<char[][]> cache;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);
  private final PositionIncrementAttribute position =
      addAttribute(PositionIncrementAttribute.class);
  private char[][] pending;
  private int next;
  private State state;

  FoldedStemFilter(TokenStream input) {
    this(input, new StemCache<>());
  }

  FoldedStemFilter(TokenStream input, StemCache<char[][]> cache) {
    super(input);
    this.cache = cache;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (pending != null && next < pending.length) {
      restoreState(state);
      term.copyBuffer(pending[next], 0, pending[next].length);
      position.setPositionIncrement(0);
      next++;
      return true;
    }
    pending = null;
    if (!input.incrementToken()) {
      return false;
    }
    char[][] terms;
    if (keyword.isKeyword()) {
      terms = TurkicFoldingFilter.spellings(Arrays.copyOf(term.buffer(), term.length()));
    } else {
      terms = cache.find(term.buffer(), term.length());
      if (terms == null) {
        char[] word = Arrays.copyOf(term.buffer(), term.length());
        terms = stems(stemmer, word);
        cache.remember(word, terms);
      }
    }
    term.copyBuffer(terms[0], 0, terms[0].length);
    if (terms.length > 1) {
      pending = terms;
      next = 1;
      state = captureState();
    }
    return true;
  }

  @Override
  public void reset() throws IOException {
    super.reset();
    pending = null;
    state = null;
  }

  /** Each spelling's stem and n-final stem, in that order, each term once. */
  static char[][] stems(AzerbaijaniStemmer stemmer, char[] word) {
    List<char[]> terms = new ArrayList<>(4);
    for (char[] spelling : TurkicFoldingFilter.spellings(word)) {
      char[] stem = spelling.clone();
      addOnce(terms, Arrays.copyOf(stem, stemmer.stem(stem, stem.length)));
      char[] nFinal = spelling.clone();
      addOnce(terms, Arrays.copyOf(nFinal, stemmer.stemAsNFinal(nFinal, nFinal.length)));
    }
    return terms.toArray(char[][]::new);
  }

  private static void addOnce(List<char[]> terms, char[] candidate) {
    for (char[] term : terms) {
      if (Arrays.equals(term, candidate)) {
        return;
      }
    }
    terms.add(candidate);
  }
}
