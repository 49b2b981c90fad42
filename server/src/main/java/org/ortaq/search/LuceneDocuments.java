package org.ortaq.search;

import java.util.EnumMap;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.CloseableThreadLocal;
import org.ortaq.text.Language;
import org.ortaq.text.analysis.TurkicIndexAnalysis;

/**
 * Turns search documents into Lucene documents, on whichever thread indexes them: keyword fields
 * for filters, facet values, stored fields for hits, and each language's title and body fields
 * (the az and tr texts analyzed once for their language's field and the folded one). Bodies keep
 * positions but not offsets: {@link SnippetHighlighter} finds a hit's offsets from its positions.
 */
final class LuceneDocuments implements AutoCloseable {
  /** Each indexing thread's one-pass analyses of az and tr texts. */
  private final CloseableThreadLocal<TurkicTexts> turkicTexts = new CloseableThreadLocal<>() {
    @Override
    protected TurkicTexts initialValue() {
      return new TurkicTexts();
    }
  };

  /** A thread's analyses of Azerbaijani and Turkish titles and bodies, each for two fields at once. */
  private static final class TurkicTexts {
    private final Map<Language, TurkicIndexAnalysis.Text> titles = new EnumMap<>(Language.class);
    private final Map<Language, TurkicIndexAnalysis.Text> bodies = new EnumMap<>(Language.class);

    TurkicTexts() {
      for (Language language : new Language[] {Language.AZ, Language.TR}) {
        TurkicIndexAnalysis analysis =
            language == Language.AZ ? TurkicIndexAnalysis.azerbaijani() : TurkicIndexAnalysis.turkish();
        titles.put(language, analysis.newText());
        bodies.put(language, analysis.newText());
      }
    }
  }

  /** The Lucene document of {@code source}, to be added on this thread before the next call. */
  Document of(SearchDocument source) {
    var document = new Document();
    Language language = source.language();
    document.add(new StringField(SearchFields.KEY, source.key(), Field.Store.YES));
    document.add(new StringField(SearchFields.KIND, source.kind(), Field.Store.YES));
    document.add(facet(SearchFields.KIND, source.kind()));
    document.add(new StringField(SearchFields.LANGUAGE, language.code(), Field.Store.YES));
    document.add(facet(SearchFields.LANGUAGE, language.code()));
    document.add(new NumericDocValuesField(SearchFields.LANGUAGE_ORDINAL, language.ordinal()));
    document.add(new NumericDocValuesField(SearchFields.GROUP, source.translationGroup()));
    document.add(new LongPoint(SearchFields.GROUP, source.translationGroup()));
    if (!source.organization().isEmpty()) {
      document.add(new StringField(SearchFields.ORGANIZATION, source.organization(), Field.Store.YES));
      document.add(facet(SearchFields.ORGANIZATION, source.organization()));
    }
    for (String category : source.categories()) {
      document.add(new StringField(SearchFields.CATEGORY, category, Field.Store.NO));
      document.add(facet(SearchFields.CATEGORY, category));
    }
    long millis = source.date().toEpochMilli();
    document.add(new LongPoint(SearchFields.DATE, millis));
    document.add(new NumericDocValuesField(SearchFields.DATE, millis));
    document.add(new StoredField(SearchFields.DATE, millis));
    document.add(new StoredField(SearchFields.URL, source.url()));
    document.add(new StoredField(SearchFields.TITLE_STORED, source.title()));
    document.add(new StoredField(SearchFields.ORGANIZATION_NAME, source.organizationName()));
    if (language == Language.AZ || language == Language.TR) {
      TurkicTexts texts = turkicTexts.get();
      TurkicIndexAnalysis.Text title = texts.titles.get(language);
      TurkicIndexAnalysis.Text body = texts.bodies.get(language);
      title.analyze(source.title());
      body.analyze(source.body());
      document.add(new Field(SearchFields.title(language), title.language(), TextField.TYPE_NOT_STORED));
      document.add(new StoredField(SearchFields.body(language), source.body()));
      document.add(new Field(SearchFields.body(language), body.language(), TextField.TYPE_NOT_STORED));
      document.add(new Field(SearchFields.TITLE_FOLDED, title.folded(), TextField.TYPE_NOT_STORED));
      document.add(new Field(SearchFields.BODY_FOLDED, body.folded(), TextField.TYPE_NOT_STORED));
    } else {
      document.add(new TextField(SearchFields.title(language), source.title(), Field.Store.NO));
      document.add(new TextField(SearchFields.body(language), source.body(), Field.Store.YES));
    }
    return document;
  }

  /** Drops every thread's analyses. */
  @Override
  public void close() {
    turkicTexts.close();
  }

  /**
   * A facet value as {@link MatchCounts} reads it: the dimension and value in one sorted-set doc
   * value of {@link FacetsConfig#DEFAULT_INDEX_FIELD_NAME}, as Lucene's {@code FacetsConfig} would
   * write it, without the drill-down terms it would also index (filters use the keyword fields).
   */
  private static SortedSetDocValuesField facet(String dimension, String value) {
    return new SortedSetDocValuesField(FacetsConfig.DEFAULT_INDEX_FIELD_NAME,
        new BytesRef(FacetsConfig.pathToString(dimension, value)));
  }
}
