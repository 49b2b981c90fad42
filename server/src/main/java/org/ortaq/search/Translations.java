package org.ortaq.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.ortaq.text.Language;

/**
 * Folds ranked hits that are translations of one item into one hit: an event in Azerbaijani,
 * Turkish and English is one result for a reader, not three. The item keeps the rank of its best
 * version and shows the version in the reader's language when that one is among the hits.
 */
final class Translations {
  /** An item has at most one document per language. */
  static final int MOST_VERSIONS = Language.values().length;

  private Translations() {}

  /** {@code ranked} (best first) with one hit per translation group, in the same order. */
  static List<ScoreDoc> collapse(IndexReader reader, ScoreDoc[] ranked, Language language) throws IOException {
    Map<Integer, long[]> values = values(reader, ranked);
    var chosen = new LinkedHashMap<Long, ScoreDoc>();
    var inReadersLanguage = new HashMap<Long, Boolean>();
    for (ScoreDoc hit : ranked) {
      long[] groupAndLanguage = values.get(hit.doc);
      long group = groupAndLanguage[0];
      boolean readers = groupAndLanguage[1] == language.ordinal();
      if (!chosen.containsKey(group)) {
        chosen.put(group, hit);
        inReadersLanguage.put(group, readers);
      } else if (readers && !inReadersLanguage.get(group)) {
        chosen.put(group, hit); // replacing keeps the group's place: its best version's rank
        inReadersLanguage.put(group, true);
      }
    }
    return new ArrayList<>(chosen.values());
  }

  /**
   * {@code page} with each hit shown in another language replaced by its version in the reader's
   * language where that version matches {@code ranking} too (it was ranked below the hits looked
   * at): one more search, for just those items.
   */
  static List<ScoreDoc> inReadersLanguage(IndexSearcher searcher, Query ranking, List<ScoreDoc> page, Language language)
      throws IOException {
    Map<Integer, long[]> values = values(searcher.getIndexReader(), page.toArray(ScoreDoc[]::new));
    var foreign = new ArrayList<Long>();
    for (ScoreDoc hit : page) {
      long[] groupAndLanguage = values.get(hit.doc);
      if (groupAndLanguage[1] != language.ordinal() && groupAndLanguage[1] >= 0) {
        foreign.add(groupAndLanguage[0]);
      }
    }
    if (foreign.isEmpty()) {
      return page;
    }
    Query versions = new BooleanQuery.Builder()
        .add(ranking, BooleanClause.Occur.MUST)
        .add(new TermQuery(new Term(SearchFields.LANGUAGE, language.code())), BooleanClause.Occur.FILTER)
        .add(LongPoint.newSetQuery(SearchFields.GROUP, foreign), BooleanClause.Occur.FILTER)
        .build();
    ScoreDoc[] found = searcher.search(versions, foreign.size()).scoreDocs;
    Map<Integer, long[]> foundValues = values(searcher.getIndexReader(), found);
    var byGroup = new HashMap<Long, ScoreDoc>();
    for (ScoreDoc hit : found) {
      byGroup.putIfAbsent(foundValues.get(hit.doc)[0], hit);
    }
    return page.stream().map(hit -> byGroup.getOrDefault(values.get(hit.doc)[0], hit)).toList();
  }

  /**
   * Each hit's translation group and language ordinal, read in document order (doc values
   * iterators only go forward). A document without them (none should lack them) is a group alone.
   */
  private static Map<Integer, long[]> values(IndexReader reader, ScoreDoc[] ranked) throws IOException {
    ScoreDoc[] byDocument = ranked.clone();
    Arrays.sort(byDocument, Comparator.comparingInt(hit -> hit.doc));
    List<LeafReaderContext> leaves = reader.leaves();
    var values = new HashMap<Integer, long[]>();
    int leafIndex = -1;
    NumericDocValues groups = null;
    NumericDocValues languages = null;
    LeafReaderContext leaf = null;
    for (ScoreDoc hit : byDocument) {
      int index = ReaderUtil.subIndex(hit.doc, leaves);
      if (index != leafIndex) {
        leafIndex = index;
        leaf = leaves.get(index);
        groups = leaf.reader().getNumericDocValues(SearchFields.GROUP);
        languages = leaf.reader().getNumericDocValues(SearchFields.LANGUAGE_ORDINAL);
      }
      int doc = hit.doc - leaf.docBase;
      boolean known = groups != null && languages != null && groups.advanceExact(doc) && languages.advanceExact(doc);
      values.put(hit.doc, known ? new long[] {groups.longValue(), languages.longValue()}
          : new long[] {Long.MIN_VALUE + hit.doc, -1});
    }
    return values;
  }
}
