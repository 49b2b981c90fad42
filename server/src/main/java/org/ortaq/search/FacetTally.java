package org.ortaq.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.internal.hppc.LongIntHashMap;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Counts of matches for {@link MatchCounts}: the documents, per facet ordinal of the current
 * segment and then per label across segments; and, when asked, the items they are (translations
 * of one item counted once).
 *
 * <p>Items are counted by each match's translation group, looked up in a hash map: the first
 * version seen of an item counts for the item total and for the kind, organization and category
 * facets (an item's versions share them); the language facet counts every version. When the
 * matches were sampled ({@link #sampling}), {@link #estimateItems} weighs each sampled match that
 * is its item's matching version in the first language (by ordinal) as much as it weighed as a
 * document: translations are indexed apart, so a sample seldom holds two versions of one item.
 */
final class FacetTally {
  /** Sampled matches the items are estimated from, about: ±5 % on the total, ±10 % on a fifth of it. */
  static final int ESTIMATED_FROM = 500;

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
  /** A sampling tally's matches (index-wide documents) and what each stood for. */
  private final boolean keeping;
  private int[] keptDocs = new int[0];
  private double[] keptScales = new double[0];
  private int kept;
  private double estimatedItems;

  FacetTally(List<String> dimensions, boolean items) {
    this(dimensions, items, false);
  }

  private FacetTally(List<String> dimensions, boolean items, boolean keeping) {
    this.items = items;
    this.keeping = items && keeping;
    dimensions.forEach(dimension -> {
      byDimension.put(dimension, new HashMap<>());
      itemsByDimension.put(dimension, new HashMap<>());
    });
  }

  /** A tally of sampled matches, which keeps them to estimate their items from. */
  static FacetTally sampling(List<String> dimensions, boolean items) {
    return new FacetTally(dimensions, items, true);
  }

  double total() {
    return total;
  }

  /** The items (translation groups) seen so far, when items are counted. */
  int itemsSeen() {
    return firstVersions.size();
  }

  /**
   * The counts, exact when the matches were all counted ({@code exact}); estimated items come from
   * {@link #estimateItems}, which a sampling tally must have run first.
   */
  MatchCounts counts(boolean exact, List<String> dimensions) {
    if (!items) {
      return new MatchCounts(Math.round(total), exact, Math.round(total), facets(dimensions, byDimension));
    }
    var facets = new LinkedHashMap<>(facets(dimensions, itemsByDimension));
    facets.computeIfPresent(SearchFields.LANGUAGE, (dimension, ignored) -> top(byDimension.get(dimension)));
    return new MatchCounts(Math.round(total), exact, exact ? firstVersions.size() : Math.round(estimatedItems), facets);
  }

  /**
   * Estimates the items of the sampled matches of {@code matching}: a match stands for its item when
   * no version of the item in a language of a lower ordinal matches (one more search, for the
   * sampled items' versions), and then for as many items as it stood for documents.
   */
  void estimateItems(IndexSearcher searcher, Weight matching) throws IOException {
    IndexReader reader = searcher.getIndexReader();
    thinOut();
    long[] groupOf = new long[kept];
    long[] languageOf = new long[kept];
    read(reader, SearchFields.GROUP, groupOf);
    read(reader, SearchFields.LANGUAGE_ORDINAL, languageOf);
    var later = new ArrayList<Long>();
    for (int i = 0; i < kept; i++) {
      if (languageOf[i] > 0) {
        later.add(groupOf[i]);
      }
    }
    var firstLanguage = new LongIntHashMap();
    if (!later.isEmpty()) {
      // the sampled items' versions lead; each is checked against the matches' own weight (no
      // second rewrite of the query, no second lookup of its terms' statistics)
      Weight versions = searcher.createWeight(searcher.rewrite(LongPoint.newSetQuery(SearchFields.GROUP, later)),
          ScoreMode.COMPLETE_NO_SCORES, 1f);
      for (LeafReaderContext leaf : reader.leaves()) {
        Scorer versionScorer = versions.scorer(leaf);
        Scorer matchScorer = versionScorer == null ? null : matching.scorer(leaf);
        if (matchScorer == null) {
          continue;
        }
        NumericDocValues leafGroups = DocValues.getNumeric(leaf.reader(), SearchFields.GROUP);
        NumericDocValues leafLanguages = DocValues.getNumeric(leaf.reader(), SearchFields.LANGUAGE_ORDINAL);
        Bits live = leaf.reader().getLiveDocs();
        DocIdSetIterator candidates = versionScorer.iterator();
        DocIdSetIterator matches = matchScorer.iterator();
        for (int doc = candidates.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = candidates.nextDoc()) {
          int match = matches.docID() < doc ? matches.advance(doc) : matches.docID();
          if (match == DocIdSetIterator.NO_MORE_DOCS) {
            break;
          }
          if (match == doc && (live == null || live.get(doc)) && leafGroups.advanceExact(doc)
              && leafLanguages.advanceExact(doc)) {
            int language = (int) leafLanguages.longValue();
            long group = leafGroups.longValue();
            if (language < firstLanguage.getOrDefault(group, Integer.MAX_VALUE)) {
              firstLanguage.put(group, language);
            }
          }
        }
      }
    }
    itemsByDimension.values().forEach(Map::clear);
    estimatedItems = 0;
    List<LeafReaderContext> leaves = reader.leaves();
    int leafIndex = -1;
    SortedSetDocValues leafValues = null;
    double[] leafOrdinals = new double[0];
    for (int i = 0; i < kept; i++) {
      boolean standsForItem = languageOf[i] <= 0 || languageOf[i] <= firstLanguage.getOrDefault(groupOf[i], Integer.MAX_VALUE);
      if (!standsForItem) {
        continue;
      }
      estimatedItems += keptScales[i];
      int index = ReaderUtil.subIndex(keptDocs[i], leaves);
      if (index != leafIndex) {
        addLabels(leafValues, leafOrdinals);
        leafIndex = index;
        leafValues = DocValues.getSortedSet(leaves.get(index).reader(), FacetsConfig.DEFAULT_INDEX_FIELD_NAME);
        leafOrdinals = new double[Math.toIntExact(leafValues.getValueCount())];
      }
      if (leafValues.advanceExact(keptDocs[i] - leaves.get(index).docBase)) {
        for (int j = 0; j < leafValues.docValueCount(); j++) {
          leafOrdinals[(int) leafValues.nextOrd()] += keptScales[i];
        }
      }
    }
    addLabels(leafValues, leafOrdinals);
  }

  /**
   * Keeps about {@link #ESTIMATED_FROM} of the sampled matches, each now standing for its share of
   * the total: the search for their items' versions costs in proportion to them.
   */
  private void thinOut() {
    double left = 0;
    int thinned = 0;
    for (int i = 0; i < kept; i++) {
      // a pseudo-random choice by document: a stride could fall in step with the versions' order
      if (kept <= ESTIMATED_FROM || Math.floorMod(mix(keptDocs[i]), kept) < ESTIMATED_FROM) {
        keptDocs[thinned] = keptDocs[i];
        keptScales[thinned++] = keptScales[i];
        left += keptScales[i];
      }
    }
    kept = thinned;
    for (int i = 0; i < kept; i++) {
      keptScales[i] *= total / Math.max(left, Double.MIN_NORMAL);
    }
  }

  /** A document number's bits scrambled (the finalizer of MurmurHash3). */
  private static long mix(long value) {
    long h = value;
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    return h ^ (h >>> 33);
  }

  private void addLabels(SortedSetDocValues leafValues, double[] leafOrdinals) throws IOException {
    for (int ordinal = 0; ordinal < leafOrdinals.length; ordinal++) {
      if (leafOrdinals[ordinal] != 0) {
        label(itemsByDimension, leafValues.lookupOrd(ordinal).utf8ToString(), leafOrdinals[ordinal]);
      }
    }
  }

  /** The kept documents' values of a numeric doc-values field (-1 where one has none), read in document order. */
  private void read(IndexReader reader, String field, long[] into) throws IOException {
    List<LeafReaderContext> leaves = reader.leaves();
    int leafIndex = -1;
    NumericDocValues leafValues = null;
    for (int i = 0; i < kept; i++) {
      int index = ReaderUtil.subIndex(keptDocs[i], leaves);
      if (index != leafIndex) {
        leafIndex = index;
        leafValues = DocValues.getNumeric(leaves.get(index).reader(), field);
      }
      into[i] = leafValues.advanceExact(keptDocs[i] - leaves.get(index).docBase) ? leafValues.longValue() : -1;
    }
  }

  /**
   * Adds another tally's counts (of other documents: a slice searched in parallel). An item whose
   * versions were first seen in both counts once: the other's first version is taken off again.
   */
  void merge(FacetTally other, IndexReader reader) throws IOException {
    total += other.total;
    add(byDimension, other.byDimension, 1);
    add(itemsByDimension, other.itemsByDimension, 1);
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
      boolean firstVersion = items && groups.advanceExact(doc)
          && firstVersions.putIfAbsent(groups.longValue(), docBase + doc);
      if (keeping) {
        keep(docBase + doc, scale);
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

  private void keep(int doc, double scale) {
    if (kept == keptDocs.length) {
      keptDocs = java.util.Arrays.copyOf(keptDocs, Math.max(64, kept * 2));
      keptScales = java.util.Arrays.copyOf(keptScales, keptDocs.length);
    }
    keptDocs[kept] = doc;
    keptScales[kept++] = scale;
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

  /** Each dimension's labels, most frequent first, at most 20. */
  private static Map<String, Map<String, Long>> facets(List<String> dimensions, Map<String, Map<String, Double>> counts) {
    var facets = new LinkedHashMap<String, Map<String, Long>>();
    for (String dimension : dimensions) {
      facets.put(dimension, top(counts.get(dimension)));
    }
    return facets;
  }

  private static Map<String, Long> top(Map<String, Double> labels) {
    var top = new LinkedHashMap<String, Long>();
    labels.entrySet().stream()
        .filter(entry -> Math.round(entry.getValue()) > 0)
        .sorted(Map.Entry.<String, Double>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(20)
        .forEach(entry -> top.put(entry.getKey(), Math.round(entry.getValue())));
    return top;
  }
}
