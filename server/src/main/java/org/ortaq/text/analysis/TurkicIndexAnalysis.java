package org.ortaq.text.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tr.ApostropheFilter;
import org.apache.lucene.analysis.tr.TurkishLowerCaseFilter;
import org.apache.lucene.util.BytesRef;
import org.tartarus.snowball.ext.TurkishStemmer;

/**
 * Analyzes an Azerbaijani or Turkish text once for the two fields that index it: its language's
 * ({@link TurkicAnalyzer#azerbaijani()} or {@link TurkicAnalyzer#turkish()}) and the folded one
 * ({@link TurkicAnalyzer#folded()}), with the same terms, positions and offsets as those analyzers.
 *
 * <p>Both analyzers start alike (tokenizer, apostrophes, Turkic lower case) and differ only in what
 * they do with each lower-cased word, so the text is tokenized once and each word is looked up once
 * in a {@link StemCache} that holds both fields' terms for it (or that it is a stop word in one of
 * them), as UTF-8 bytes ready for the index. Profiled, a rebuild spent a tenth of its time in the
 * folded field's second tokenization and cache lookup.
 *
 * <p>For indexing on one thread: {@link #newText()} gives a text whose two token streams replay
 * what {@link Text#analyze} found, as many times as they are read.
 */
public final class TurkicIndexAnalysis {
  private static final BytesRef[] NONE = new BytesRef[0];

  private final boolean turkish;
  private final CharArraySet languageStopWords;
  private final CharArraySet foldedStopWords;
  private final AzerbaijaniStemmer azerbaijaniStemmer = new AzerbaijaniStemmer();
  private final AzerbaijaniStemmer foldedStemmer = AzerbaijaniStemmer.forFoldedText();
  private final TurkishStemmer turkishStemmer = new TurkishStemmer();
  private final StemCache<Terms> cache = new StemCache<>();
  private final StandardTokenizer tokenizer = new StandardTokenizer();
  private final TokenStream words = new TurkishLowerCaseFilter(new ApostropheFilter(tokenizer));
  private final CharTermAttribute word = words.getAttribute(CharTermAttribute.class);
  private final OffsetAttribute offsets = words.getAttribute(OffsetAttribute.class);
  private final PositionIncrementAttribute increments = words.getAttribute(PositionIncrementAttribute.class);

  private TurkicIndexAnalysis(TurkicAnalyzer language, TurkicAnalyzer folded) {
    this.turkish = language.isTurkish();
    this.languageStopWords = language.stopWords();
    this.foldedStopWords = folded.stopWords();
    language.close();
    folded.close();
  }

  /** For Azerbaijani text: {@link TurkicAnalyzer#azerbaijani()} and {@link TurkicAnalyzer#folded()}. */
  public static TurkicIndexAnalysis azerbaijani() {
    return new TurkicIndexAnalysis(TurkicAnalyzer.azerbaijani(), TurkicAnalyzer.folded());
  }

  /** For Turkish text: {@link TurkicAnalyzer#turkish()} and {@link TurkicAnalyzer#folded()}. */
  public static TurkicIndexAnalysis turkish() {
    return new TurkicIndexAnalysis(TurkicAnalyzer.turkish(), TurkicAnalyzer.folded());
  }

  /** A new text to analyze with this analysis, its two token streams reusable from text to text. */
  public Text newText() {
    return new Text();
  }

  /** One word's terms in each field: none where it is a stop word there. */
  private record Terms(BytesRef[] language, BytesRef[] folded) {}

  private Terms terms(char[] buffer, int length) {
    Terms terms = cache.find(buffer, length);
    if (terms == null) {
      char[] lowerCased = Arrays.copyOf(buffer, length);
      BytesRef[] language = languageStopWords.contains(lowerCased, 0, length) ? NONE
          : bytes(turkish ? new char[][] {TurkishStemFilter.stem(turkishStemmer, lowerCased)}
              : AzerbaijaniStemFilter.stems(azerbaijaniStemmer, lowerCased));
      BytesRef[] folded = foldedStopWords.contains(lowerCased, 0, length) ? NONE
          : bytes(FoldedStemFilter.stems(foldedStemmer, lowerCased));
      terms = new Terms(language, folded);
      cache.remember(lowerCased, terms);
    }
    return terms;
  }

  private static BytesRef[] bytes(char[][] terms) {
    BytesRef[] bytes = new BytesRef[terms.length];
    for (int i = 0; i < terms.length; i++) {
      bytes[i] = new BytesRef(new String(terms[i]));
    }
    return bytes;
  }

  /** A text analyzed for both fields, as two token streams that replay it. */
  public final class Text {
    private final Tokens language = new Tokens();
    private final Tokens folded = new Tokens();
    private final Replay languageStream = new Replay(language);
    private final Replay foldedStream = new Replay(folded);

    private Text() {}

    /** Analyzes {@code text}; the streams then give its terms until the next call. */
    public void analyze(String text) {
      language.clear();
      folded.clear();
      try {
        tokenizer.setReader(new StringReader(text));
        words.reset();
        while (words.incrementToken()) {
          Terms terms = terms(word.buffer(), word.length());
          int increment = increments.getPositionIncrement();
          language.add(terms.language(), increment, offsets.startOffset(), offsets.endOffset());
          folded.add(terms.folded(), increment, offsets.startOffset(), offsets.endOffset());
        }
        words.end();
        language.end(increments.getPositionIncrement(), offsets.endOffset());
        folded.end(increments.getPositionIncrement(), offsets.endOffset());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      } finally {
        try {
          words.close();
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }

    /** The terms of the language's field ({@code title_az}, {@code body_tr}, …). */
    public TokenStream language() {
      return languageStream;
    }

    /** The terms of the folded field. */
    public TokenStream folded() {
      return foldedStream;
    }
  }

  /**
   * One field's tokens of a text: terms, position increments (a stop word's position goes to the
   * next term, as Lucene's stop filter does), offsets, and what {@code end()} reports.
   */
  private static final class Tokens {
    private BytesRef[] terms = new BytesRef[256];
    private int[] increments = new int[256];
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int count;
    private int skipped;
    private int endIncrement;
    private int endOffset;

    void clear() {
      if (terms.length > 4_096) {
        // after a very long text: back to the usual size rather than hold its arrays for good
        terms = new BytesRef[256];
        increments = new int[256];
        starts = new int[256];
        ends = new int[256];
      } else {
        Arrays.fill(terms, 0, count, null);
      }
      count = 0;
      skipped = 0;
    }

    /** A word's terms: the first one moves on by the positions skipped so far, the others stay. */
    void add(BytesRef[] wordTerms, int increment, int start, int end) {
      skipped += increment;
      for (BytesRef term : wordTerms) {
        if (count == terms.length) {
          terms = Arrays.copyOf(terms, count * 2);
          increments = Arrays.copyOf(increments, count * 2);
          starts = Arrays.copyOf(starts, count * 2);
          ends = Arrays.copyOf(ends, count * 2);
        }
        terms[count] = term;
        increments[count] = skipped;
        starts[count] = start;
        ends[count] = end;
        count++;
        skipped = 0;
      }
    }

    void end(int increment, int offset) {
      endIncrement = skipped + increment;
      endOffset = offset;
    }
  }

  /** Gives one field's tokens; {@code reset()} starts again from the first. */
  private static final class Replay extends TokenStream {
    private final Tokens tokens;
    private final BytesTermAttribute term = addAttribute(BytesTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final OffsetAttribute offset = addAttribute(OffsetAttribute.class);
    private int next;

    Replay(Tokens tokens) {
      this.tokens = tokens;
    }

    @Override
    public boolean incrementToken() {
      if (next >= tokens.count) {
        return false;
      }
      clearAttributes();
      term.setBytesRef(tokens.terms[next]);
      increment.setPositionIncrement(tokens.increments[next]);
      offset.setOffset(tokens.starts[next], tokens.ends[next]);
      next++;
      return true;
    }

    @Override
    public void end() throws IOException {
      super.end();
      increment.setPositionIncrement(tokens.endIncrement);
      offset.setOffset(tokens.endOffset, tokens.endOffset);
    }

    @Override
    public void reset() throws IOException {
      super.reset();
      next = 0;
    }
  }
}
