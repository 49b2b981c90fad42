package org.ortaq.text.analysis;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.KeywordAttribute;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Snowball's {@link TurkishStemmer} as {@link SnowballFilter} applies it (keyword-marked terms are
 * left alone), with a {@link StemCache}: the same stems, each word stemmed once per cache fill.
 */
public final class TurkishStemFilter extends TokenFilter {
  private final TurkishStemmer stemmer = new TurkishStemmer();
  private final StemCache<char[][]> cache;
  private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
  private final KeywordAttribute keyword = addAttribute(KeywordAttribute.class);

  /** Stems Turkish text that {@code TurkishLowerCaseFilter} has lower-cased. */
  public TurkishStemFilter(TokenStream input) {
    this(input, new StemCache<>());
  }

  TurkishStemFilter(TokenStream input, StemCache<char[][]> cache) {
    super(input);
    this.cache = cache;
  }

  @Override
  public boolean incrementToken() throws IOException {
    if (!input.incrementToken()) {
      return false;
    }
    if (keyword.isKeyword()) {
      return true;
    }
    char[] buffer = term.buffer();
    int length = term.length();
    char[][] stems = cache.find(buffer, length);
    if (stems == null) {
      char[] word = Arrays.copyOf(buffer, length);
      stems = new char[][] {stem(stemmer, word)};
      cache.remember(word, stems);
    }
    term.copyBuffer(stems[0], 0, stems[0].length);
    return true;
  }

  /** Snowball's stem of {@code word}, which is left as it was. */
  static char[] stem(TurkishStemmer stemmer, char[] word) {
    stemmer.setCurrent(word.clone(), word.length); // the stemmer may write into the array it gets
    stemmer.stem();
    return Arrays.copyOf(stemmer.getCurrentBuffer(), stemmer.getCurrentBufferLength());
  }
}
