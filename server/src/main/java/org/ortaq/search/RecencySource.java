package org.ortaq.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DoubleValues;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;

/** A score multiplier that favours recent documents: 1 + 1 / (1 + age / scale). */
final class RecencySource extends DoubleValuesSource {
  private final DoubleValuesSource date;
  private final long now;
  private final double scale;

  RecencySource(DoubleValuesSource date, long now, double scale) {
    this.date = date;
    this.now = now;
    this.scale = scale;
  }

  @Override
  public DoubleValues getValues(LeafReaderContext context, DoubleValues scores) throws IOException {
    DoubleValues dates = date.getValues(context, scores);
    return new DoubleValues() {
      private boolean dated;

      @Override
      public double doubleValue() throws IOException {
        if (!dated) {
          return 1;
        }
        double age = Math.max(0, now - dates.doubleValue());
        return 1 + 1 / (1 + age / scale);
      }

      @Override
      public boolean advanceExact(int doc) throws IOException {
        dated = dates.advanceExact(doc);
        return true;
      }
    };
  }

  @Override
  public boolean needsScores() {
    return false;
  }

  @Override
  public DoubleValuesSource rewrite(IndexSearcher searcher) {
    return this;
  }

  @Override
  public int hashCode() {
    return Objects.hash(date, now, scale);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecencySource that && that.date.equals(date) && that.now == now && that.scale == scale;
  }

  @Override
  public String toString() {
    return "recency(" + date + ")";
  }

  @Override
  public boolean isCacheable(LeafReaderContext context) {
    return true;
  }
}
