package org.ortaq.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.internal.hppc.LongIntHashMap;

/**
 * Counts of matches for {@link MatchCounts}: the documents, per facet ordinal of the current
 * segment and then per label across segments; and, when asked, the items they are (translations
 * of one item counted once).
 *
 * <p>Items are counted by each match's translation group, looked up in a hash map for the first
 * {@link #GROUPS_LOOKED_UP} matches: the first version seen of an item counts for the item total
 * and for the kind, organization and category facets (an item's versions share them); the
 * language facet counts every version. Past that many matches, or when the matches were sampled,
 * items are estimated: the total and those facets times the share of items among the matches
 * looked up.
 */
final class FacetTally {
  static final int GROUPS_LOOKED_UP = 10_000;

  private final Map<String, Map<String, Double>> byDimension = new HashMap<>();
  private double[] ordinals = new double[0];
  private SortedSetDocValues values;
  private double total;

  private final boolean items;
  private final Map<String, Map<String, Double>> itemsByDimension = new HashMap<>();
  private double[] itemOrdinals = new double[0];
  /** Each translation group looked up, with the (index-wide) document of its first version seen. */
  private final LongIntHashMap firstVersions = new LongIntHashMap();
  private NumericDocValues groups;
  private int docBase;
  private long lookedUp;
  /** Every match added had its group looked up. */
  private boolean allLookedUp = true;

  FacetTally(List<String> dimensions, boolean items) {
    this.items = items;
    dimensions.forEach(dimension -> {
      byDimension.put(dimension, new HashMap<>());
      itemsByDimension.put(dimension, new HashMap<>());
    });
  }

  double total() {
    return total;
  }

  /** The counts, exact when the matches were all counted ({@code exact}) and, for items, looked up. */
  MatchCounts counts(boolean exact, List<String> dimensions) {
    if (!items) {
      return new MatchCounts(Math.round(total), exact, Math.round(total), facets(dimensions, byDimension, 1));
    }
    if (exact && allLookedUp) {
      var facets = new LinkedHashMap<>(facets(dimensions, itemsByDimension, 1));
      facets.computeIfPresent(SearchFields.LANGUAGE, (dimension, ignored) -> top(byDimension.get(dimension), 1));
      return new MatchCounts(Math.round(total), true, firstVersions.size(), facets);
    }
    double share = lookedUp == 0 ? 1 : (double) firstVersions.size() / lookedUp;
    var facets = new LinkedHashMap<>(facets(dimensions, byDimension, share));
    facets.computeIfPresent(SearchFields.LANGUAGE, (dimension, ignored) -> top(byDimension.get(dimension), 1));
    return new MatchCounts(Math.round(total), false, Math.round(total * share), facets);
  }

  /**
   * Adds another tally's counts (of other documents: a slice searched in parallel). An item whose
   * versions were first seen in both counts once: the other's first version is taken off again.
   */
  void merge(FacetTally other, IndexReader reader) throws IOException {
    total += other.total;
    add(byDimension, other.byDimension, 1);
    add(itemsByDimension, other.itemsByDimension, 1);
    lookedUp += other.lookedUp;
    allLookedUp &= other.allLookedUp;
    var seenTwice = new ArrayList<Integer>();
    for (var entry : other.firstVersions) {
      if (!firstVersions.putIfAbsent(entry.key, entry.value)) {
        seenTwice.add(entry.value);
      }
    }
    seenTwice.sort(null);
    List<LeafReaderContext> leaves = reader.leaves();
    int leafIndex = -1;
    SortedSetDocValues leafValues = null;
    for (int doc : seenTwice) {
      int index = ReaderUtil.subIndex(doc, leaves);
      if (index != leafIndex) {
        leafIndex = index;
        leafValues = DocValues.getSortedSet(leaves.get(index).reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
      }
      if (leafValues.advanceExact(doc - leaves.get(index).docBase)) {
        for (int j = 0; j < leafValues.docValueCount(); j++) {
          label(itemsByDimension, leafValues.lookupOrd(leafValues.nextOrd()).utf8ToString(), -1);
        }
      }
    }
  }

  void startLeaf(LeafReaderContext leaf) throws IOException {
    LeafReader reader = leaf.reader();
    values = DocValues.getSortedSet(reader, FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
    ordinals = new double[Math.toIntExact(values.getValueCount())];
    if (items) {
      itemOrdinals = new double[ordinals.length];
      groups = DocValues.getNumeric(reader, SearchFields.GROUP);
      docBase = leaf.docBase;
    }
  }

  /** {@code count} matches of the current segment, in document order, each standing for {@code scale}. */
  void add(int[] docs, int count, double scale) throws IOException {
    total += count * scale;
    for (int i = 0; i < count; i++) {
      int doc = docs[i];
      boolean firstVersion = false;
      if (items) {
        if (lookedUp < GROUPS_LOOKED_UP && groups.advanceExact(doc)) {
          lookedUp++;
          firstVersion = firstVersions.putIfAbsent(groups.longValue(), docBase + doc);
        } else {
          allLookedUp = false;
        }
      }
      if (values.advanceExact(doc)) {
        for (int j = 0; j < values.docValueCount(); j++) {
          int ordinal = (int) values.nextOrd();
          ordinals[ordinal] += scale;
          if (firstVersion) {
            itemOrdinals[ordinal] += 1;
          }
        }
      }
    }
  }

  void endLeaf() throws IOException {
    for (int ordinal = 0; ordinal < ordinals.length; ordinal++) {
      if (ordinals[ordinal] == 0) {
        continue;
      }
      String path = values.lookupOrd(ordinal).utf8ToString();
      label(byDimension, path, ordinals[ordinal]);
      if (items && itemOrdinals[ordinal] != 0) {
        label(itemsByDimension, path, itemOrdinals[ordinal]);
      }
    }
  }

  private static void label(Map<String, Map<String, Double>> counts, String facetPath, double count) {
    String[] path = FacetsConfig.stringToPath(facetPath);
    Map<String, Double> labels = counts.get(path[0]);
    if (path.length == 2 && labels != null) {
      labels.merge(path[1], count, Double::sum);
    }
  }

  private static void add(Map<String, Map<String, Double>> into, Map<String, Map<String, Double>> from, double scale) {
    from.forEach((dimension, labels) ->
        labels.forEach((label, count) -> into.get(dimension).merge(label, count * scale, Double::sum)));
  }

  /** Each dimension's labels, most frequent first, at most 20, times {@code scale}. */
  private static Map<String, Map<String, Long>> facets(List<String> dimensions,
      Map<String, Map<String, Double>> counts, double scale) {
    var facets = new LinkedHashMap<String, Map<String, Long>>();
    for (String dimension : dimensions) {
      facets.put(dimension, top(counts.get(dimension), scale));
    }
    return facets;
  }

  private static Map<String, Long> top(Map<String, Double> labels, double scale) {
    var top = new LinkedHashMap<String, Long>();
    labels.entrySet().stream()
        .filter(entry -> Math.round(entry.getValue() * scale) > 0)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(20)
        .forEach(entry -> top.put(entry.getKey(), Math.round(entry.getValue() * scale)));
    return top;
  }
}
