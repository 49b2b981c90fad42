package org.ortaq.search;

import java.io.IOException;
import org.apache.lucene.codecs.FilterCodec;
import org.apache.lucene.codecs.NormsConsumer;
import org.apache.lucene.codecs.NormsFormat;
import org.apache.lucene.codecs.NormsProducer;
import org.apache.lucene.codecs.lucene104.Lucene104Codec;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SegmentReadState;
import org.apache.lucene.index.SegmentWriteState;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Lucene 10's default codec, files and all, with one change in how norms are read while a segment
 * is written: writing postings looks up the norm of every document of every term (for its score
 * bounds), through a new iterator per term, and the per-language fields, present in a quarter of
 * the documents, keep their norms sparse, so each lookup scanned the field's documents from the
 * start of their block. That was an eighth of a rebuild's CPU time, in every flush and in the final
 * merge (profiled). The merge instance here, which flushes and merges use, reads one field's norms
 * into an array first, so each lookup is one array read: adding 100,000 articles on two cores
 * (bench's IndexingRate, warm round) took 67.2 CPU-s before and 48.6 with it and the stem-cache
 * change of the same commit (bench/README.md, fourth session).
 *
 * <p>Registered for Lucene's service loader under {@link #NAME}, which segments record; on a
 * Lucene upgrade that changes the default codec, add a codec of the new version under a new name
 * (this one must stay readable for the indexes already written).
 */
public final class OrtaqCodec extends FilterCodec {
  public static final String NAME = "Ortaq104";

  private final NormsFormat norms;

  public OrtaqCodec() {
    super(NAME, new Lucene104Codec());
    this.norms = new ArrayNormsFormat(delegate.normsFormat());
  }

  @Override
  public NormsFormat normsFormat() {
    return norms;
  }

  /** The delegate's norms, with a merge instance that reads a field's norms into an array. */
  private static final class ArrayNormsFormat extends NormsFormat {
    private final NormsFormat delegate;

    ArrayNormsFormat(NormsFormat delegate) {
      this.delegate = delegate;
    }

    @Override
    public NormsConsumer normsConsumer(SegmentWriteState state) throws IOException {
      return delegate.normsConsumer(state);
    }

    @Override
    public NormsProducer normsProducer(SegmentReadState state) throws IOException {
      return new Producer(delegate.normsProducer(state), state.segmentInfo.maxDoc(), false);
    }
  }

  private static final class Producer extends NormsProducer {
    private final NormsProducer in;
    private final int maxDoc;
    private final boolean merging;
    private String field;
    private ArrayNorms norms;

    Producer(NormsProducer in, int maxDoc, boolean merging) {
      this.in = in;
      this.maxDoc = maxDoc;
      this.merging = merging;
    }

    @Override
    public NumericDocValues getNorms(FieldInfo info) throws IOException {
      if (!merging) {
        return in.getNorms(info);
      }
      if (!info.name.equals(field)) { // postings are written one field after another: keep the last
        norms = ArrayNorms.read(in.getNorms(info), maxDoc);
        field = info.name;
      }
      return norms.iterator();
    }

    @Override
    public void checkIntegrity() throws IOException {
      in.checkIntegrity();
    }

    @Override
    public NormsProducer getMergeInstance() {
      return merging ? this : new Producer(in.getMergeInstance(), maxDoc, true);
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }

  /**
   * One field's norms: which documents have one, and the values, as bytes when they all fit (BM25's
   * do; {@code longs} is then empty), else as longs ({@code bytes} empty).
   */
  private record ArrayNorms(FixedBitSet documents, boolean inBytes, byte[] bytes, long[] longs, long count) {
    static ArrayNorms read(NumericDocValues values, int maxDoc) throws IOException {
      var documents = new FixedBitSet(Math.max(maxDoc, 1));
      long[] longs = new long[maxDoc];
      boolean fitBytes = true;
      long count = 0;
      for (int doc = values.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = values.nextDoc()) {
        long value = values.longValue();
        documents.set(doc);
        longs[doc] = value;
        fitBytes &= value == (byte) value;
        count++;
      }
      if (!fitBytes) {
        return new ArrayNorms(documents, false, new byte[0], longs, count);
      }
      byte[] bytes = new byte[maxDoc];
      for (int doc = 0; doc < maxDoc; doc++) {
        bytes[doc] = (byte) longs[doc];
      }
      return new ArrayNorms(documents, true, bytes, new long[0], count);
    }

    NumericDocValues iterator() {
      int maxDoc = inBytes ? bytes.length : longs.length;
      return new NumericDocValues() {
        private int doc = -1;

        @Override
        public long longValue() {
          return inBytes ? bytes[doc] : longs[doc];
        }

        @Override
        public boolean advanceExact(int target) {
          doc = target;
          return documents.get(target);
        }

        @Override
        public int docID() {
          return doc;
        }

        @Override
        public int nextDoc() {
          return advance(doc + 1);
        }

        @Override
        public int advance(int target) {
          doc = target >= maxDoc ? NO_MORE_DOCS : documents.nextSetBit(target);
          return doc;
        }

        @Override
        public long cost() {
          return count;
        }
      };
    }
  }
}
