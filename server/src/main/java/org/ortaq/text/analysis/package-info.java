/**
 * Lucene analysis for Ortaq's languages: Azerbaijani and Turkish chains of our own, Lucene's
 * English and Russian ones, and a folded field where Azerbaijani and Turkish meet.
 *
 * <p>Plain Lucene {@link org.apache.lucene.analysis.Analyzer}s with no platform dependency, so the
 * same chains can be packaged for OpenSearch or Solr. {@link org.ortaq.text.analysis.Analyzers}
 * picks one by language code; the {@code search} package owns the index and the queries.
 *
 * <h2>Two fields per text</h2>
 *
 * <ul>
 *   <li><b>Language field</b> ({@code body_az}, {@code body_tr}, …): analyzed with {@code
 *       Analyzers.forLanguage(article language)}. Turkic lower case, stop words and the language's
 *       stemmer: precise, and where {@code Bəyannaməsinin} finds {@code Bəyannamə}.
 *   <li><b>Folded field</b> ({@code body_folded}), for Azerbaijani and Turkish articles: analyzed
 *       with {@link org.ortaq.text.analysis.Analyzers#folded()}. Diacritics go ({@code ş→s, ç→c,
 *       ğ→g, ı→i, ö→o, ü→u}), {@code ə} is indexed as both {@code e} and {@code a} at one position,
 *       then a harmony-free suffix stripper. So a query typed without Azerbaijani letters ({@code
 *       susa}, {@code Aliyev}) and a query in the other Turkic language ({@code Şuşa'da} for an
 *       Azerbaijani {@code Şuşada}) still match. Cognates that differ in letters, not marks ({@code
 *       dövlət}/{@code devlet}, {@code Qarabağ}/{@code Karabağ}), do not.
 * </ul>
 *
 * <h2>Querying</h2>
 *
 * <p>Parse the user's text twice: with the analyzer of the interface language against that
 * language's field, and with the folded analyzer against the folded field. Combine the two as
 * {@code SHOULD} clauses of one {@code BooleanQuery}, the language clause boosted (2 is a good
 * start), so exact-language matches rank first and folded ones still come back. The folded analyzer
 * puts the {@code ə} variants at one position, so the query parser turns them into a {@code
 * SynonymQuery} rather than extra required terms. For an index, wrap the analyzers in a {@code
 * PerFieldAnalyzerWrapper} keyed by field name. Analyzers are thread-safe and meant to be shared;
 * close them with the index.
 *
 * <h2>Indexing</h2>
 *
 * <p>An index fed by the analyzers analyzes an az or tr text twice, once per field. {@link
 * org.ortaq.text.analysis.TurkicIndexAnalysis} gives both fields' tokens from one pass (same terms,
 * positions and offsets), for the fields' token streams; the analyzers stay for queries.
 *
 * <h2>Case</h2>
 *
 * <p>Nothing here depends on the JVM's default locale: {@code TurkishLowerCaseFilter} maps {@code
 * I→ı} and {@code İ→i} (also a decomposed {@code I}+U+0307) for both Azerbaijani and Turkish.
 */
package org.ortaq.text.analysis;
