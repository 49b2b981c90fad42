package org.ortaq.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.LongField;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.ScorerSupplier;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
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
  private static final List<String> FACETS =
      List.of(SearchFields.KIND, SearchFields.LANGUAGE, SearchFields.ORGANIZATION, SearchFields.CATEGORY);
  /** Matches counted one by one; past this, totals and facet counts are estimated (MatchCounts). */
  private static final int COUNTED_MATCHES = 10_000;
  /** Matches an estimate is drawn from: ±1.6 % on a total, ±5 % on a value with a tenth of it. */
  private static final int SAMPLED_MATCHES = 4_000;
  /** Up to this many estimated matches, ranking and counting share one pass over them all. */
  private static final long ONE_PASS = 60_000;
  /** Today's date adds this share of the best text score; a year-old text half of it ({@link #ranked}). */
  private static final float RECENCY_SHARE = 0.5f;
  /**
   * A query matching more than {@link #ONE_PASS} documents is ranked among those of the last 180
   * days first, the older ones after them, when at least {@link #RECENT_ENOUGH} are that recent;
   * else among all together. Text scores of
   * common words are flat and their upper bound loose, so Lucene cannot skip old documents on the
   * recency clause and scores every match (500,000 at 1M articles). Of the 94 bench queries with
   * hits, the top 10 stayed the same for 93 (one hit of ten replaced in the other), against 85 at
   * 90 days and 94 at 365 (bench/README.md). Totals and facets still count every match.
   */
  private static final Duration RECENT = Duration.ofDays(180);
  /** Recent matches enough to rank them first (fewer: all matches are ranked together). */
  private static final int RECENT_ENOUGH = 1_000;
  private static final Sort NEWEST_FIRST = new Sort(new SortField(SearchFields.DATE, SortField.Type.LONG, true));

  /**
   * Stored fields a hit shows, with the body its snippet comes from: read together, since they
   * share a compressed block (reading the body again for the highlighter cost ~1 ms a query at 1M).
   */
  private static final Set<String> SHOWN = Set.of(SearchFields.KIND, SearchFields.LANGUAGE, SearchFields.TITLE_STORED,
      SearchFields.URL, SearchFields.ORGANIZATION_NAME, SearchFields.DATE, SearchFields.body(Language.AZ),
      SearchFields.body(Language.TR), SearchFields.body(Language.EN), SearchFields.body(Language.RU));
  /** Bodies whose text the folded body also indexes. */
  private static final Set<String> FOLDED_ALSO = Set.of(SearchFields.body(Language.AZ), SearchFields.body(Language.TR));

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
      int wanted = query.page() * query.perPage();
      // a reader's search folds translations into one hit: half as many hits again as wanted are
      // ranked first (an item is mostly found in one language, its versions' words differing),
      // and as many as can fold into the hits wanted when that was too few
      int fetched = query.reader().isPresent() ? wanted + wanted / 2 + 5 : wanted;
      // the top hits skip what cannot compete (recency is a scoring clause of its own, not a
      // multiplier), so they stay cheap however many documents match; counts are separate,
      // unless the matches are few enough to rank and count them in one pass
      TopDocs top;
      MatchCounts counts;
      Ranking ranking = query.text().isEmpty() ? new Ranking(filtered, Long.MAX_VALUE)
          : ranked(searcher, filtered, clock.instant());
      boolean onePass = ranking.cost() <= ONE_PASS;
      if (onePass) {
        Object[] both = searcher.search(ranking.query(), new MultiCollectorManager(
            new TopScoreDocCollectorManager(fetched, Integer.MAX_VALUE),
            MatchCounts.counting(FACETS, query.reader().isPresent(), searcher.getIndexReader())));
        top = (TopDocs) both[0];
        counts = (MatchCounts) both[1];
      } else {
        top = top(searcher, query.text(), ranking, fetched, false);
        counts = MatchCounts.of(searcher, filtered, FACETS, COUNTED_MATCHES, SAMPLED_MATCHES,
            query.reader().isPresent());
      }
      List<ScoreDoc> ranked = List.of(top.scoreDocs);
      if (query.reader().isPresent()) {
        Language reader = query.reader().get();
        ranked = Translations.collapse(searcher.getIndexReader(), top.scoreDocs, reader);
        if (ranked.size() < wanted && top.scoreDocs.length == fetched) {
          top = top(searcher, query.text(), ranking, Translations.MOST_VERSIONS * wanted, onePass);
          ranked = Translations.collapse(searcher.getIndexReader(), top.scoreDocs, reader);
        }
      }
      int from = Math.min(ranked.size(), (query.page() - 1) * query.perPage());
      List<ScoreDoc> shown = ranked.subList(from, Math.min(ranked.size(), from + query.perPage()));
      if (query.reader().isPresent()) {
        shown = Translations.inReadersLanguage(searcher, ranking.query(), shown, query.reader().get());
      }
      ScoreDoc[] page = shown.toArray(ScoreDoc[]::new);
      List<SearchResults.Hit> hits = hits(searcher, query.text(), page);
      // a reader's search counts items (translations once), else documents
      return new SearchResults(hits, query.reader().isPresent() ? counts.items() : counts.total(), counts.exact(),
          query.page(), query.perPage(), counts.facets());
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
      TopDocs top = searcher.search(query.build(), limit * 3, NEWEST_FIRST);
      var found = new ArrayList<Suggestion>();
      for (ScoreDoc hit : top.scoreDocs) {
        Document document = searcher.storedFields().document(hit.doc, SUGGESTED);
        String key = document.get(SearchFields.KEY);
        found.add(new Suggestion(document.getField(SearchFields.DATE).numericValue().longValue(),
            key.substring(0, key.indexOf(':')), Long.parseLong(key.substring(key.indexOf(':') + 1)),
            document.get(SearchFields.TITLE_STORED)));
      }
      // the index is built on several threads, so its order says nothing: same-day titles go
      // in the order they were written (the first translation first)
      found.sort(java.util.Comparator.comparingLong(Suggestion::date).reversed()
          .thenComparing(Suggestion::kind).thenComparingLong(Suggestion::id));
      return found.stream().map(Suggestion::title).distinct().limit(limit).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      index.release(searcher);
    }
  }

  private record Suggestion(long date, String kind, long id, String title) {}

  private static final Set<String> SUGGESTED = Set.of(SearchFields.KEY, SearchFields.DATE, SearchFields.TITLE_STORED);

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

  /**
   * The matching documents, each scoring its text score plus {@link #RECENCY_SHARE} of the best
   * text score times 1 / (1 + age in years): today's best match gains half its score, a year-old
   * one a quarter. Added rather than multiplied, because Lucene's distance feature query knows its
   * best score and lets the top hits skip old and weak documents instead of visiting every match.
   * The best text score is the bound Lucene keeps per segment (impacts), read without searching;
   * scaling by it keeps recency as strong against a rare word's high scores as against a common
   * word's low ones.
   */
  private static Ranking ranked(IndexSearcher searcher, Query filtered, Instant now) throws IOException {
    Query rewritten = searcher.rewrite(filtered);
    Weight weight = searcher.createWeight(rewritten, ScoreMode.TOP_SCORES, 1f);
    float best = 0;
    long cost = 0;
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      ScorerSupplier supplier = weight.scorerSupplier(leaf);
      if (supplier != null) {
        cost += supplier.cost();
        Scorer scorer = supplier.get(Long.MAX_VALUE);
        scorer.advanceShallow(0);
        best = Math.max(best, scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS));
      }
    }
    if (!(best > 0) || Float.isInfinite(best)) {
      return new Ranking(rewritten, cost);
    }
    Query recency = LongField.newDistanceFeatureQuery(SearchFields.DATE, RECENCY_SHARE * best,
        now.toEpochMilli(), Duration.ofDays(365).toMillis());
    return new Ranking(new BooleanQuery.Builder()
        .add(rewritten, BooleanClause.Occur.MUST)
        .add(recency, BooleanClause.Occur.SHOULD)
        .build(), cost);
  }

  /**
   * The best {@code wanted} hits: the newest for an empty text, else the best ranked, among all
   * matches when they are {@code few} (as in the one pass that also counts them), else looked for
   * among recent documents first.
   */
  private TopDocs top(IndexSearcher searcher, String text, Ranking ranking, int wanted, boolean few) throws IOException {
    return text.isEmpty() ? searcher.search(ranking.query(), wanted, NEWEST_FIRST)
        : few ? searcher.search(ranking.query(), wanted)
        : recentFirst(searcher, ranking.query(), wanted);
  }

  /**
   * The best {@code wanted} hits of {@code ranking}, the recent documents ({@link #RECENT}) ranked
   * before the older ones when there are {@link #RECENT_ENOUGH} of them at least, else all ranked
   * together. The choice does not depend on the page, so pages follow one another.
   */
  private TopDocs recentFirst(IndexSearcher searcher, Query ranking, int wanted) throws IOException {
    // whole days: the same filter all day long, which Lucene's query cache then keeps
    long since = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.DAYS).minus(RECENT).toEpochMilli();
    TopDocs recent = searcher.search(new BooleanQuery.Builder()
        .add(ranking, BooleanClause.Occur.MUST)
        .add(LongPoint.newRangeQuery(SearchFields.DATE, since, Long.MAX_VALUE), BooleanClause.Occur.FILTER)
        .build(), new TopScoreDocCollectorManager(wanted, RECENT_ENOUGH));
    if (recent.totalHits.value() < RECENT_ENOUGH) {
      return searcher.search(ranking, wanted);
    }
    if (recent.scoreDocs.length >= wanted) {
      return recent;
    }
    // a page past the recent matches: the older ones follow, ranked among themselves
    TopDocs older = searcher.search(new BooleanQuery.Builder()
        .add(ranking, BooleanClause.Occur.MUST)
        .add(LongPoint.newRangeQuery(SearchFields.DATE, Long.MIN_VALUE, since - 1), BooleanClause.Occur.FILTER)
        .build(), wanted - recent.scoreDocs.length);
    ScoreDoc[] both = java.util.Arrays.copyOf(recent.scoreDocs, recent.scoreDocs.length + older.scoreDocs.length);
    System.arraycopy(older.scoreDocs, 0, both, recent.scoreDocs.length, older.scoreDocs.length);
    return new TopDocs(recent.totalHits, both);
  }

  /** The query that ranks, and Lucene's upper estimate of how many documents it matches. */
  private record Ranking(Query query, long cost) {}

  private List<SearchResults.Hit> hits(IndexSearcher searcher, String text, ScoreDoc[] page)
      throws IOException {
    Document[] documents = new Document[page.length];
    var stored = searcher.storedFields();
    for (int i = 0; i < page.length; i++) {
      documents[i] = stored.document(page[i].doc, SHOWN);
    }
    String[] snippets = text.isEmpty() ? new String[page.length] : snippets(searcher, text, page, documents);
    var hits = new ArrayList<SearchResults.Hit>(page.length);
    for (int i = 0; i < page.length; i++) {
      Document document = documents[i];
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

  /**
   * Each hit's body with the matches marked, or null where nothing in it matched. Only the body of
   * the hit's own language is highlighted (one field per document, not every language's).
   */
  private String[] snippets(IndexSearcher searcher, String text, ScoreDoc[] page, Document[] documents)
      throws IOException {
    // the folded body is the same text as the az or tr body, analyzed another way: its matches
    // (positions in its postings) are marked in that stored body, so it need not be stored itself
    var bodies = new HashMap<Integer, String>();
    for (int i = 0; i < page.length; i++) {
      String body = documents[i].get(SearchFields.body(Language.parse(documents[i].get(SearchFields.LANGUAGE))));
      bodies.put(page[i].doc, body == null ? "" : body);
    }
    var highlighter = new SnippetHighlighter(UnifiedHighlighter.builder(searcher, index.analyzer())
        .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
        .withMaxLength(20_000)
        .withMaskedFieldsFunc(field -> FOLDED_ALSO.contains(field) ? Set.of(SearchFields.BODY_FOLDED) : Set.of()),
        bodies, SearchFields::isBody);
    String[] snippets = new String[page.length];
    for (Language language : Language.values()) {
      List<Integer> positions = new ArrayList<>();
      for (int i = 0; i < page.length; i++) {
        if (language.code().equals(documents[i].get(SearchFields.LANGUAGE))) {
          positions.add(i);
        }
      }
      Optional<Query> marked = bodyMatching(text, language);
      if (positions.isEmpty() || marked.isEmpty()) {
        continue;
      }
      int[] docIds = positions.stream().mapToInt(i -> page[i].doc).toArray();
      String field = SearchFields.body(language);
      String[] values = highlighter.highlightFields(new String[] {field}, marked.get(), docIds, new int[] {1}).get(field);
      for (int j = 0; j < docIds.length; j++) {
        if (values != null && values[j] != null && values[j].contains("<mark>")) {
          snippets[positions.get(j)] = values[j];
        }
      }
    }
    return snippets;
  }

  /**
   * The text against one language's body and the folded body it shares (empty when nothing is left
   * of it): all that a snippet marks, where the full query would match ten fields for each hit.
   */
  private Optional<Query> bodyMatching(String text, Language language) {
    String body = SearchFields.body(language);
    var parser = new SimpleQueryParser(index.analyzer(), FOLDED_ALSO.contains(body)
        ? Map.of(body, LANGUAGE_BODY, SearchFields.BODY_FOLDED, FOLDED_BODY) : Map.of(body, LANGUAGE_BODY));
    // any word: the hit may have matched the others in its title
    Query query = parser.parse(text);
    return query == null || query instanceof org.apache.lucene.search.MatchNoDocsQuery ? Optional.empty()
        : Optional.of(query);
  }
}
