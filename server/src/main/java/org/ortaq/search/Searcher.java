package org.ortaq.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.Term;
import org.apache.lucene.queries.function.FunctionScoreQuery;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DoubleValuesSource;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.ortaq.text.Language;

/**
 * Runs searches: the text against every language's fields with that language's analyzer and
 * against the folded fields, filters, a recency boost, facet counts and highlighted snippets.
 * Lucene's simple query syntax is used because it never fails on user input.
 */
public final class Searcher {
  private static final float LANGUAGE_TITLE = 3f;
  private static final float LANGUAGE_BODY = 1f;
  private static final float FOLDED_TITLE = 1.5f;
  private static final float FOLDED_BODY = 0.5f;
  private static final String[] FACETS = {SearchFields.KIND, SearchFields.LANGUAGE, SearchFields.ORGANIZATION, SearchFields.CATEGORY};

  private final SearchIndex index;
  private final java.time.Clock clock;

  public Searcher(SearchIndex index, java.time.Clock clock) {
    this.index = index;
    this.clock = clock;
  }

  public SearchResults search(SearchQuery query) {
    IndexSearcher searcher = index.acquire();
    try {
      Query matching = matching(query.text());
      Query filtered = filtered(matching, query);
      Query ranked = query.text().isEmpty() ? filtered
          : FunctionScoreQuery.boostByValue(filtered, recency(clock.instant()));
      int wanted = query.page() * query.perPage();
      var facets = new FacetsCollectorManager();
      FacetsCollectorManager.FacetsResult result = query.text().isEmpty()
          ? FacetsCollectorManager.search(searcher, filtered, wanted,
              new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortField(SearchFields.DATE,
                  org.apache.lucene.search.SortField.Type.LONG, true)), facets)
          : FacetsCollectorManager.search(searcher, ranked, wanted, facets);
      TopDocs top = result.topDocs();
      ScoreDoc[] all = top.scoreDocs;
      int from = Math.min(all.length, (query.page() - 1) * query.perPage());
      ScoreDoc[] page = java.util.Arrays.copyOfRange(all, from, all.length);
      List<SearchResults.Hit> hits = hits(searcher, matching, page, query.text().isEmpty());
      return new SearchResults(hits, top.totalHits.value(), query.page(), query.perPage(),
          counts(searcher, result));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  /** Up to {@code limit} titles whose words start like {@code prefix}, newest first. */
  public List<String> suggest(String prefix, int limit) {
    String text = prefix == null ? "" : prefix.strip();
    if (text.isEmpty() || text.length() > 100) {
      return List.of();
    }
    Analyzer analyzer = index.analyzer();
    var words = new ArrayList<String>();
    try (var stream = analyzer.tokenStream(SearchFields.TITLE_FOLDED, text)) {
      var term = stream.addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        words.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (words.isEmpty()) {
      return List.of();
    }
    var query = new BooleanQuery.Builder();
    String normalized = analyzer.normalize(SearchFields.TITLE_FOLDED, text.substring(text.lastIndexOf(' ') + 1)).utf8ToString();
    for (int i = 0; i < words.size() - 1; i++) {
      query.add(new TermQuery(new Term(SearchFields.TITLE_FOLDED, words.get(i))), BooleanClause.Occur.MUST);
    }
    query.add(new org.apache.lucene.search.PrefixQuery(new Term(SearchFields.TITLE_FOLDED, normalized)), BooleanClause.Occur.MUST);
    IndexSearcher searcher = index.acquire();
    try {
      TopDocs top = searcher.search(query.build(), limit * 3,
          new org.apache.lucene.search.Sort(new org.apache.lucene.search.SortField(SearchFields.DATE,
              org.apache.lucene.search.SortField.Type.LONG, true)));
      var titles = new java.util.LinkedHashSet<String>();
      for (ScoreDoc hit : top.scoreDocs) {
        titles.add(searcher.storedFields().document(hit.doc).get(SearchFields.TITLE_STORED));
        if (titles.size() == limit) {
          break;
        }
      }
      return List.copyOf(titles);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  private Query matching(String text) {
    if (text.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    var query = new BooleanQuery.Builder();
    for (Language language : Language.values()) {
      var parser = new SimpleQueryParser(index.analyzer(), Map.of(
          SearchFields.title(language), LANGUAGE_TITLE, SearchFields.body(language), LANGUAGE_BODY));
      parser.setDefaultOperator(BooleanClause.Occur.MUST);
      add(query, parser.parse(text));
    }
    var folded = new SimpleQueryParser(index.analyzer(), Map.of(
        SearchFields.TITLE_FOLDED, FOLDED_TITLE, SearchFields.BODY_FOLDED, FOLDED_BODY));
    folded.setDefaultOperator(BooleanClause.Occur.MUST);
    add(query, folded.parse(text));
    BooleanQuery built = query.build();
    return built.clauses().isEmpty() ? new MatchAllDocsQuery() : built;
  }

  private static void add(BooleanQuery.Builder query, Query clause) {
    if (clause != null && !(clause instanceof org.apache.lucene.search.MatchNoDocsQuery)) {
      query.add(clause, BooleanClause.Occur.SHOULD);
    }
  }

  private static Query filtered(Query matching, SearchQuery query) {
    var filters = new BooleanQuery.Builder().add(matching, BooleanClause.Occur.MUST);
    query.organization().ifPresent(v -> filters.add(new TermQuery(new Term(SearchFields.ORGANIZATION, v)), BooleanClause.Occur.FILTER));
    query.language().ifPresent(v -> filters.add(new TermQuery(new Term(SearchFields.LANGUAGE, v)), BooleanClause.Occur.FILTER));
    query.category().ifPresent(v -> filters.add(new TermQuery(new Term(SearchFields.CATEGORY, v)), BooleanClause.Occur.FILTER));
    query.kind().ifPresent(v -> filters.add(new TermQuery(new Term(SearchFields.KIND, v)), BooleanClause.Occur.FILTER));
    if (query.from().isPresent() || query.to().isPresent()) {
      long from = query.from().map(Instant::toEpochMilli).orElse(Long.MIN_VALUE);
      long to = query.to().map(Instant::toEpochMilli).orElse(Long.MAX_VALUE);
      filters.add(LongPoint.newRangeQuery(SearchFields.DATE, from, to), BooleanClause.Occur.FILTER);
    }
    return filters.build();
  }

  /** 1 + 1 / (1 + age in years): today doubles a score, a five-year-old text keeps most of it. */
  private static DoubleValuesSource recency(Instant now) {
    long nowMillis = now.toEpochMilli();
    double year = Duration.ofDays(365).toMillis();
    return new RecencySource(DoubleValuesSource.fromLongField(SearchFields.DATE), nowMillis, year);
  }

  private List<SearchResults.Hit> hits(IndexSearcher searcher, Query matching, ScoreDoc[] page, boolean browsing)
      throws IOException {
    String[] snippets = new String[page.length];
    if (!browsing && page.length > 0) {
      var highlighter = UnifiedHighlighter.builder(searcher, index.analyzer())
          .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
          .withMaxLength(20_000)
          .build();
      var docs = new TopDocs(new org.apache.lucene.search.TotalHits(page.length, org.apache.lucene.search.TotalHits.Relation.EQUAL_TO), page);
      String[] fields = new String[Language.values().length + 1];
      for (int i = 0; i < Language.values().length; i++) {
        fields[i] = SearchFields.body(Language.values()[i]);
      }
      fields[fields.length - 1] = SearchFields.BODY_FOLDED;
      Map<String, String[]> byField = highlighter.highlightFields(fields, matching, docs);
      for (int i = 0; i < page.length; i++) {
        for (String field : fields) {
          String[] values = byField.get(field);
          if (values != null && values[i] != null && values[i].contains("<mark>")) {
            snippets[i] = values[i];
            break;
          }
        }
      }
    }
    var hits = new ArrayList<SearchResults.Hit>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document document = searcher.storedFields().document(page[i].doc);
      String language = document.get(SearchFields.LANGUAGE);
      String snippet = snippets[i];
      if (snippet == null) {
        String body = document.get("body_" + language);
        snippet = org.ortaq.text.Html.escape(body == null ? "" : body.length() > 240 ? body.substring(0, body.lastIndexOf(' ', 240) > 0 ? body.lastIndexOf(' ', 240) : 240) + " …" : body);
      }
      hits.add(new SearchResults.Hit(document.get(SearchFields.KIND), language, document.get(SearchFields.TITLE_STORED),
          document.get(SearchFields.URL), document.get(SearchFields.ORGANIZATION_NAME),
          Instant.ofEpochMilli(document.getField(SearchFields.DATE).numericValue().longValue()), snippet,
          Float.isNaN(page[i].score) ? 0 : page[i].score));
    }
    return hits;
  }

  private Map<String, Map<String, Long>> counts(IndexSearcher searcher, FacetsCollectorManager.FacetsResult result)
      throws IOException {
    var counts = new LinkedHashMap<String, Map<String, Long>>();
    var state = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), index.facets());
    var facets = new SortedSetDocValuesFacetCounts(state, result.facetsCollector());
    for (String dimension : FACETS) {
      var values = new LinkedHashMap<String, Long>();
      try {
        FacetResult top = facets.getTopChildren(20, dimension);
        if (top != null) {
          for (LabelAndValue value : top.labelValues) {
            values.put(value.label, value.value.longValue());
          }
        }
      } catch (IllegalArgumentException e) {
        // the dimension has no value in the index yet
      }
      counts.put(dimension, values);
    }
    return counts;
  }
}
