package org.ortaq.search;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.SimpleCollector;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * How many documents a query matches and how they spread over the facet values: exact up to
 * {@code exactUpTo} matches, estimated from an even sample of {@code sampled} matches above it.
 *
 * <p>Counting every match costs time in proportion to the matches (half the index for a common
 * word), while the top hits need not visit them all. So the index's documents are cut into
 * {@value #WINDOWS} windows of equal size, and each window counts its matches from its start
 * until it has its share of the sample or reaches its end. A window that reached its end counted
 * exactly; one that stopped early scales its counts by its size over the part it covered.
 * Documents are in indexing order, so the windows spread over the whole time range. When the
 * estimate is under {@code exactUpTo}, every match is counted after all.
 *
 * <p>When asked, the matches' items are counted too, translations of one item once (see
 * {@link FacetTally}); the total stays the documents'.
 */
record MatchCounts(long total, boolean exact, long items, Map<String, Map<String, Long>> facets) {
  static final int WINDOWS = 32;

  MatchCounts {
    facets = Map.copyOf(facets);
  }

  static MatchCounts of(IndexSearcher searcher, Query query, List<String> dimensions, int exactUpTo, int sampled,
      boolean items) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    var sample = FacetTally.sampling(dimensions, items);
    boolean exact = sample(weight, searcher, sample, sampled);
    if (!exact && sample.total() <= exactUpTo) {
      // not that many matches, but more than the sample, or bunched in a few windows: count them all
      var all = new FacetTally(dimensions, items);
      if (countAll(weight, searcher, all, exactUpTo * 2)) {
        return all.counts(true, dimensions);
      }
    }
    if (!exact && items) {
      sample.estimateItems(searcher, weight);
    }
    return sample.counts(exact, dimensions);
  }

  /**
   * Counts every match while another collector ranks them, in the same pass: cheaper than a
   * separate count when the matches are few enough to visit them all anyway.
   */
  static CollectorManager<Counting, MatchCounts> counting(List<String> dimensions, boolean items, IndexReader reader) {
    return new CollectorManager<>() {
      @Override
      public Counting newCollector() {
        return new Counting(new FacetTally(dimensions, items));
      }

      @Override
      public MatchCounts reduce(Collection<Counting> collectors) throws IOException {
        // the other slices' tallies go into the one that saw the most items: their groups are
        // looked up once more, not all of them
        List<FacetTally> tallies = collectors.stream().map(collector -> collector.tally)
            .sorted(Comparator.comparingInt(FacetTally::itemsSeen).reversed()).toList();
        if (tallies.isEmpty()) {
          return new FacetTally(dimensions, items).counts(true, dimensions);
        }
        FacetTally all = tallies.get(0);
        for (FacetTally tally : tallies.subList(1, tallies.size())) {
          all.merge(tally, reader);
        }
        return all.counts(true, dimensions);
      }
    };
  }

  /** The collector of {@link #counting}: every match into a tally, no scores. */
  static final class Counting extends SimpleCollector {
    private final FacetTally tally;
    private final int[] one = new int[1];

    private Counting(FacetTally tally) {
      this.tally = tally;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      tally.startLeaf(context);
    }

    @Override
    public void collect(int doc) throws IOException {
      one[0] = doc;
      tally.add(one, 1, 1);
    }

    @Override
    public void finish() throws IOException {
      tally.endLeaf();
    }

    @Override
    public ScoreMode scoreMode() {
      return ScoreMode.COMPLETE_NO_SCORES;
    }
  }

  /** Counts every match, unless there are more than {@code budget}: then false. */
  private static boolean countAll(Weight weight, IndexSearcher searcher, FacetTally tally, int budget)
      throws IOException {
    int[] taken = new int[Math.min(budget, 4_096)];
    int left = budget;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        continue;
      }
      DocIdSetIterator matches = scorer.iterator();
      Bits live = leaf.reader().getLiveDocs();
      tally.startLeaf(leaf);
      int doc = matches.nextDoc();
      while (doc != DocIdSetIterator.NO_MORE_DOCS) {
        int count = 0;
        while (doc != DocIdSetIterator.NO_MORE_DOCS && count < taken.length) {
          if (live == null || live.get(doc)) {
            taken[count++] = doc;
          }
          doc = matches.nextDoc();
        }
        left -= count;
        if (left < 0) {
          return false;
        }
        tally.add(taken, count, 1);
      }
      tally.endLeaf();
    }
    return true;
  }

  /**
   * Counts window by window; a window's quota is what the budget has left over the windows left,
   * so windows with few matches leave more for the others. True when every window was counted
   * to its end (the counts are exact).
   */
  private static boolean sample(Weight weight, IndexSearcher searcher, FacetTally tally, int budget) throws IOException {
    int maxDoc = Math.max(1, searcher.getIndexReader().maxDoc());
    int[] taken = new int[budget];
    int left = budget;
    int windowsLeft = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      windowsLeft += windows(leaf, maxDoc);
    }
    boolean exact = true;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      int windows = windows(leaf, maxDoc);
      Scorer scorer = weight.scorer(leaf);
      if (scorer == null) {
        windowsLeft -= windows;
        continue;
      }
      DocIdSetIterator matches = scorer.iterator();
      Bits live = leaf.reader().getLiveDocs();
      tally.startLeaf(leaf);
      int size = leaf.reader().maxDoc();
      for (int window = 0; window < windows; window++, windowsLeft--) {
        int quota = Math.max(1, left / windowsLeft);
        int start = (int) ((long) size * window / windows);
        int end = (int) ((long) size * (window + 1) / windows);
        int doc = matches.docID() >= start ? matches.docID() : matches.advance(start);
        int count = 0;
        while (doc < end && count < quota) {
          if (live == null || live.get(doc)) {
            taken[count++] = doc;
          }
          doc = matches.nextDoc();
        }
        left = Math.max(0, left - count);
        exact &= doc >= end;
        // stopped before the window's end: what it saw stands for the whole window
        tally.add(taken, count, doc < end ? (double) (end - start) / Math.max(1, doc - start) : 1);
      }
      tally.endLeaf();
    }
    return exact;
  }

  private static int windows(LeafReaderContext leaf, int maxDoc) {
    return (int) Math.max(1, Math.round((double) WINDOWS * leaf.reader().maxDoc() / maxDoc));
  }
}
