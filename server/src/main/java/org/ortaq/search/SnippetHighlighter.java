package org.ortaq.search;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.uhighlight.FieldOffsetStrategy;
import org.apache.lucene.search.uhighlight.OffsetsEnum;
import org.apache.lucene.search.uhighlight.PostingsOffsetStrategy;
import org.apache.lucene.search.uhighlight.UHComponents;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Lucene's unified highlighter for body fields indexed with positions but without offsets, marking
 * hits in bodies already read with their other stored fields.
 *
 * <p>Offsets would be written for every token of every body (a third of what a token adds to its
 * postings), and are only ever read for the ten hits of a page. Every body analyzer starts with a
 * {@link StandardTokenizer} and its filters only change, add (at the same position) or drop tokens
 * (keeping the position), so a position is that tokenizer's token count: the hit's text is tokenized
 * again, which costs a fraction of analyzing it, and the matched positions are turned into the
 * offsets the postings would have held.
 *
 * <p>Unlike Lucene's, this highlighter keeps state from call to call (its tokenizer, the last text):
 * one per query, on one thread.
 */
class SnippetHighlighter extends UnifiedHighlighter {
  private final Map<Integer, String> bodies;
  private final Predicate<String> withoutOffsets;
  private final PositionOffsets offsets = new PositionOffsets();
  /** The whole text of each body cut at the maximum length, by the cut text (the same object). */
  private final Map<String, String> uncut = new IdentityHashMap<>();

  /**
   * @param bodies each document's text of the one field highlighted per call, by document id
   * @param withoutOffsets the fields whose offsets come from positions
   */
  SnippetHighlighter(UnifiedHighlighter.Builder builder, Map<Integer, String> bodies, Predicate<String> withoutOffsets) {
    super(builder);
    this.bodies = bodies;
    this.withoutOffsets = withoutOffsets;
  }

  @Override
  protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docs, int charsThreshold)
      throws IOException {
    if (fields.length != 1 || !SearchFields.isBody(fields[0])) {
      throw new IllegalArgumentException("only a body is preloaded, one at a time, not " + List.of(fields));
    }
    var values = new ArrayList<CharSequence[]>();
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      String body = bodies.getOrDefault(doc, "");
      // what Lucene's own loading does: the highlighter looks no further than its maximum length
      if (body.length() > getMaxLength()) {
        String cut = body.substring(0, getMaxLength());
        uncut.put(cut, body);
        body = cut;
      }
      values.add(new CharSequence[] {body});
    }
    return values;
  }

  @Override
  protected OffsetSource getOffsetSource(String field) {
    return withoutOffsets.test(field) ? OffsetSource.POSTINGS : super.getOffsetSource(field);
  }

  @Override
  protected FieldOffsetStrategy getOffsetStrategy(OffsetSource source, UHComponents components) {
    if (source != OffsetSource.POSTINGS || !withoutOffsets.test(components.field())) {
      return super.getOffsetStrategy(source, components);
    }
    return new PostingsOffsetStrategy(components) {
      @Override
      public OffsetsEnum getOffsetsEnum(LeafReader reader, int docId, String content) throws IOException {
        PositionOffsets found = offsets.of(uncut.getOrDefault(content, content), content.length());
        return createOffsetsEnumFromReader(new OffsetsFromPositions(reader, found, withoutOffsets), docId);
      }
    };
  }

  /** The start and end offset of each position of a text, as the body analyzers' tokenizer finds them. */
  static final class PositionOffsets {
    private final StandardTokenizer tokenizer = new StandardTokenizer();
    private final OffsetAttribute offset = tokenizer.addAttribute(OffsetAttribute.class);
    private final PositionIncrementAttribute increment = tokenizer.addAttribute(PositionIncrementAttribute.class);
    private String text;
    private int cut;
    private int[] starts = new int[256];
    private int[] ends = new int[256];
    private int positions;

    PositionOffsets() {
      Arrays.fill(starts, -1);
    }

    /** Tokenizes {@code text} (unless it is the text of the last call: the folded body shares it). */
    PositionOffsets of(String text) {
      return of(text, text.length());
    }

    /**
     * Tokenizes {@code text} up to the first token starting at {@code cut} or later: a text cut
     * there for the highlighter keeps the whole of a word the cut falls in, which ends past the cut
     * (and is not marked), as its offsets in the postings would.
     */
    PositionOffsets of(String text, int cut) {
      if (text == this.text && cut == this.cut) {
        return this;
      }
      Arrays.fill(starts, 0, positions, -1);
      positions = 0;
      try {
        tokenizer.setReader(new StringReader(text));
        tokenizer.reset();
        int position = -1;
        while (tokenizer.incrementToken() && offset.startOffset() < cut) {
          position += increment.getPositionIncrement();
          if (position >= starts.length) {
            int size = Math.max(starts.length * 2, position + 1);
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            Arrays.fill(starts, positions, size, -1);
          }
          starts[position] = offset.startOffset();
          ends[position] = offset.endOffset();
          positions = position + 1;
        }
        tokenizer.end();
        tokenizer.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e); // a StringReader does not fail
      }
      this.text = text;
      this.cut = cut;
      return this;
    }

    /**
     * The first character of the token at {@code position}; past the end of the text (a position
     * of a longer text cut at the highlighter's maximum length), beyond any character.
     */
    int start(int position) {
      return position < positions && starts[position] >= 0 ? starts[position] : Integer.MAX_VALUE - 1;
    }

    /** The end of the token at {@code position}, past the text where {@link #start} is. */
    int end(int position) {
      return position < positions && starts[position] >= 0 ? ends[position] : Integer.MAX_VALUE;
    }
  }

  /** A reader whose postings of fields without offsets tell their positions' offsets in one text. */
  private static final class OffsetsFromPositions extends FilterLeafReader {
    private final PositionOffsets offsets;
    private final Predicate<String> withoutOffsets;

    OffsetsFromPositions(LeafReader in, PositionOffsets offsets, Predicate<String> withoutOffsets) {
      super(in);
      this.offsets = offsets;
      this.withoutOffsets = withoutOffsets;
    }

    @Override
    public Terms terms(String field) throws IOException {
      Terms terms = super.terms(field);
      return terms == null || !withoutOffsets.test(field) ? terms : new FilterTerms(terms) {
        @Override
        public TermsEnum iterator() throws IOException {
          return new WithOffsets(super.iterator(), offsets);
        }
      };
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return null;
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return null;
    }
  }

  /** Terms whose postings, asked for offsets, read positions and look their offsets up. */
  private static final class WithOffsets extends FilterLeafReader.FilterTermsEnum {
    private final PositionOffsets offsets;

    WithOffsets(TermsEnum in, PositionOffsets offsets) {
      super(in);
      this.offsets = offsets;
    }

    @Override
    public PostingsEnum postings(PostingsEnum reuse, int flags) throws IOException {
      if (!PostingsEnum.featureRequested(flags, PostingsEnum.OFFSETS)) {
        return in.postings(reuse instanceof Positioned positioned ? positioned.unwrap() : reuse, flags);
      }
      int positionFlags = PostingsEnum.POSITIONS | (flags & PostingsEnum.PAYLOADS);
      return new Positioned(in.postings(null, positionFlags), offsets);
    }
  }

  private static final class Positioned extends FilterLeafReader.FilterPostingsEnum {
    private final PositionOffsets offsets;
    private int position = -1;

    Positioned(PostingsEnum in, PositionOffsets offsets) {
      super(in);
      this.offsets = offsets;
    }

    @Override
    public int nextPosition() throws IOException {
      position = in.nextPosition();
      return position;
    }

    @Override
    public int startOffset() {
      return offsets.start(position);
    }

    @Override
    public int endOffset() {
      return offsets.end(position);
    }
  }
}
