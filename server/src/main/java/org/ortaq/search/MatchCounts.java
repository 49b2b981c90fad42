package org.ortaq.search;

import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.internal.hppc.LongHashSet;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedSetDocValues;
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
 * <p>When asked, the matches' items are counted too: translations of one item (one translation
 * group) count once. Estimated, they are the total times the share of items among the sampled
 * matches (translations are indexed together, so they fall in the same window).
 */
record MatchCounts(long total, boolean exact, long items, Map<String, Map<String, Long>> facets) {
  static final int WINDOWS = 32;

  MatchCounts {
    facets = Map.copyOf(facets);
  }

  static MatchCounts of(IndexSearcher searcher, Query query, List<String> dimensions, int exactUpTo, int sampled,
      boolean items) throws IOException {
    Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    var sample = new Tally(dimensions, items);
    boolean exact = sample(weight, searcher, sample, sampled);
    if (!exact && sample.total <= exactUpTo) {
      // not that many matches, but more than the sample, or bunched in a few windows: count them all
      var all = new Tally(dimensions, items);
      if (countAll(weight, searcher, all, exactUpTo * 2)) {
        return all.counts(true, dimensions);
      }
    }
    return sample.counts(exact, dimensions);
  }

  /**
   * Counts every match while another collector ranks them, in the same pass: cheaper than a
   * separate count when the matches are few enough to visit them all anyway.
   */
  static CollectorManager<Counting, MatchCounts> counting(List<String> dimensions, boolean items) {
    return new CollectorManager<>() {
      @Override
      public Counting newCollector() {
        return new Counting(new Tally(dimensions, items));
      }

      @Override
      public MatchCounts reduce(Collection<Counting> collectors) {
        var all = new Tally(dimensions, items);
        collectors.forEach(collector -> all.merge(collector.tally));
        return all.counts(true, dimensions);
      }
    };
  }

  /** The collector of {@link #counting}: every match into a tally, no scores. */
  static final class Counting extends SimpleCollector {
    private final Tally tally;
    private final int[] one = new int[1];

    private Counting(Tally tally) {
      this.tally = tally;
    }

    @Override
    protected void doSetNextReader(LeafReaderContext context) throws IOException {
      tally.startLeaf(context.reader());
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
  private static boolean countAll(Weight weight, IndexSearcher searcher, Tally tally, int budget)
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
      tally.startLeaf(leaf.reader());
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
  private static boolean sample(Weight weight, IndexSearcher searcher, Tally tally, int budget) throws IOException {
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
      tally.startLeaf(leaf.reader());
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

  /**
   * Counts per facet ordinal of the current segment, then per label across segments; and the
   * translation groups seen, when items are counted.
   */
  private static final class Tally {
    private final Map<String, Map<String, Double>> byDimension = new HashMap<>();
    private double[] ordinals = new double[0];
    private SortedSetDocValues values;
    private double total;
    private final LongHashSet groups;
    private NumericDocValues groupValues;
    /** Documents added, unscaled: what the groups were seen among. */
    private long seen;

    Tally(List<String> dimensions, boolean items) {
      dimensions.forEach(dimension -> byDimension.put(dimension, new HashMap<>()));
      groups = items ? new LongHashSet() : null;
    }

    MatchCounts counts(boolean exact, List<String> dimensions) {
      long items = groups == null ? Math.round(total)
          : exact ? groups.size() : Math.round(total * groups.size() / Math.max(1, seen));
      return new MatchCounts(Math.round(total), exact, items, facets(dimensions));
    }

    void merge(Tally other) {
      total += other.total;
      seen += other.seen;
      if (groups != null) {
        groups.addAll(other.groups);
      }
      other.byDimension.forEach((dimension, labels) ->
          labels.forEach((label, count) -> byDimension.get(dimension).merge(label, count, Double::sum)));
    }

    void startLeaf(LeafReader reader) throws IOException {
      values = DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      ordinals = new double[Math.toIntExact(values.getValueCount())];
      if (groups != null) {
        groupValues = DocValues.getNumeric(reader, SearchFields.GROUP);
      }
    }

    void add(int[] docs, int count, double scale) throws IOException {
      total += count * scale;
      seen += count;
      for (int i = 0; i < count; i++) {
        if (groups != null && groupValues.advanceExact(docs[i])) {
          groups.add(groupValues.longValue());
        }
        if (values.advanceExact(docs[i])) {
          for (int j = 0; j < values.docValueCount(); j++) {
            ordinals[(int) values.nextOrd()] += scale;
          }
        }
      }
    }

    void endLeaf() throws IOException {
      for (int ordinal = 0; ordinal < ordinals.length; ordinal++) {
        if (ordinals[ordinal] == 0) {
          continue;
        }
        String[] path = FacetsConfig.stringToPath(values.lookupOrd(ordinal).utf8ToString());
        Map<String, Double> labels = byDimension.get(path[0]);
        if (path.length == 2 && labels != null) {
          labels.merge(path[1], ordinals[ordinal], Double::sum);
        }
      }
    }

    /** Each dimension's labels, most frequent first, at most 20. */
    Map<String, Map<String, Long>> facets(List<String> dimensions) {
      var facets = new LinkedHashMap<String, Map<String, Long>>();
      for (String dimension : dimensions) {
        var top = new LinkedHashMap<String, Long>();
        byDimension.get(dimension).entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
            .limit(20)
            .forEach(entry -> top.put(entry.getKey(), Math.round(entry.getValue())));
        facets.put(dimension, top);
      }
      return facets;
    }
  }
}
