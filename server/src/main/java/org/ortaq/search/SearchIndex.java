package org.ortaq.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LiveIndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The local Lucene index of one node: documents in, searchers out. It remembers in its commit
 * data the last outbox row it has applied, so a restart catches up from there.
 */
public final class SearchIndex implements AutoCloseable {
  static final String OUTBOX_MARK = "ortaq.outbox";
  static final String SCHEMA_MARK = "ortaq.schema";
  /**
   * What the documents look like; an index committed with another schema (or none: before this
   * mark existed) counts as missing, so the indexer rebuilds it. 2: facet values without
   * drill-down terms. 3: bodies without offsets (see SnippetHighlighter). 4: translation groups
   * and language ordinals as doc values (one hit per item, see Searcher).
   */
  static final String SCHEMA = "4";
  private static final int CORES = Runtime.getRuntime().availableProcessors();
  /** Below this many documents a slice costs more to set up than it saves (see SlicedSearcher). */
  private static final int SMALLEST_SLICE = 50_000;
  private final Directory directory;
  private final Analyzer analyzer;
  private final IndexWriter writer;
  private final RebuildMergePolicy merges;
  private final SearcherManager searchers;
  private final ExecutorService searchThreads;
  private final LuceneDocuments documents = new LuceneDocuments();

  private SearchIndex(Directory directory, Analyzer analyzer, IndexWriter writer, RebuildMergePolicy merges,
      int smallestSlice) throws IOException {
    this.directory = directory;
    this.analyzer = analyzer;
    this.writer = writer;
    this.merges = merges;
    this.searchThreads = Executors.newFixedThreadPool(CORES, runnable -> {
      var thread = new Thread(runnable, "ortaq-search-slice");
      thread.setDaemon(true);
      return thread;
    });
    this.searchers = new SearcherManager(writer, new SearcherFactory() {
      @Override
      public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
        return new SlicedSearcher(reader, searchThreads, smallestSlice);
      }
    });
  }

  /**
   * Searches its documents in one slice per core, on {@code threads} and the calling thread
   * together, so one query uses every idle core; under load the callers do the slices no pool
   * thread has started, so queries never wait for the pool. Small indexes stay one slice (splitting
   * them costs more than it saves).
   *
   * <p>The slices are made here rather than by Lucene's {@code slices(…, true)}, which cuts a
   * segment into at most five parts and fills a slice until it passes the size given, so that the
   * segments of a rebuild's merge (one per core, about equal) came out as slices of one and two
   * segments. Here a segment larger than a slice's share is cut into that many parts, and the parts
   * and whole segments, largest first, each go to the slice with the fewest documents so far (never
   * two parts of one segment into one slice: Lucene refuses that).
   */
  private static final class SlicedSearcher extends IndexSearcher {
    private final int smallestSlice;

    SlicedSearcher(IndexReader reader, ExecutorService threads, int smallestSlice) {
      super(reader, threads);
      this.smallestSlice = smallestSlice;
    }

    @Override
    protected LeafSlice[] slices(List<LeafReaderContext> leaves) {
      long documents = 0;
      for (LeafReaderContext leaf : leaves) {
        documents += leaf.reader().maxDoc();
      }
      int count = (int) Math.max(1, Math.min(CORES, documents / Math.max(1, smallestSlice)));
      if (count == 1 || leaves.isEmpty()) {
        return slices(leaves, Integer.MAX_VALUE, Integer.MAX_VALUE, false);
      }
      long share = (documents + count - 1) / count;
      var pieces = new ArrayList<LeafReaderContextPartition>();
      for (LeafReaderContext leaf : leaves) {
        int size = leaf.reader().maxDoc();
        int parts = (int) Math.min(count, Math.max(1, Math.round((double) size / share)));
        for (int part = 0; part < parts; part++) {
          int from = (int) ((long) size * part / parts);
          int to = (int) ((long) size * (part + 1) / parts);
          pieces.add(parts == 1 ? LeafReaderContextPartition.createForEntireSegment(leaf)
              : LeafReaderContextPartition.createFromAndTo(leaf, from, to));
        }
      }
      pieces.sort(Comparator.comparingInt((LeafReaderContextPartition piece) -> piece.maxDocId - piece.minDocId)
          .reversed());
      var members = new ArrayList<List<LeafReaderContextPartition>>();
      long[] sizes = new long[count];
      for (int i = 0; i < count; i++) {
        members.add(new ArrayList<>());
      }
      for (LeafReaderContextPartition piece : pieces) {
        int smallest = -1;
        for (int i = 0; i < count; i++) {
          boolean sameSegment = members.get(i).stream().anyMatch(other -> other.ctx == piece.ctx);
          if (!sameSegment && (smallest < 0 || sizes[i] < sizes[smallest])) {
            smallest = i;
          }
        }
        members.get(smallest).add(piece);
        sizes[smallest] += piece.maxDocId - piece.minDocId;
      }
      return members.stream().filter(slice -> !slice.isEmpty()).map(LeafSlice::new).toArray(LeafSlice[]::new);
    }
  }

  /** Opens (or creates) the index in {@code dir}. */
  public static SearchIndex open(Path dir) {
    return open(dir, SMALLEST_SLICE);
  }

  /** Opens the index in {@code dir}, searching it in slices of at least {@code smallestSlice} documents. */
  static SearchIndex open(Path dir, int smallestSlice) {
    try {
      Directory directory = FSDirectory.open(dir);
      Analyzer analyzer = SearchFields.analyzer();
      var merges = new RebuildMergePolicy();
      var scheduler = new ConcurrentMergeScheduler();
      // one merge per core: the rebuild's final merge comes in that many parts (RebuildMergePolicy)
      scheduler.setMaxMergesAndThreads(CORES + 5, CORES);
      var config = new IndexWriterConfig(analyzer).setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
          .setRAMBufferSizeMB(32).setMergePolicy(merges).setMergeScheduler(scheduler)
          .setCodec(new OrtaqCodec());
      return new SearchIndex(directory, analyzer, new IndexWriter(directory, config), merges, smallestSlice);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the search index in " + dir, e);
    }
  }

  Analyzer analyzer() {
    return analyzer;
  }

  /** Adds or replaces {@code document}. Visible to searches after {@link #refresh()}. */
  public void put(SearchDocument document) {
    try {
      writer.updateDocument(new Term(SearchFields.KEY, document.key()), documents.of(document));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Adds documents on every core at once, for a rebuild after {@link #clear()}: {@code producer}
   * hands each document to the sink it is given (from its own thread), and this returns when all
   * are in the index. The writer's buffer grows meanwhile (fewer, larger segments to flush), and
   * segments are not merged until {@link #mergeSegments()}.
   */
  public int addAll(Consumer<Consumer<SearchDocument>> producer) {
    LiveIndexWriterConfig config = writer.getConfig();
    double buffer = config.getRAMBufferSizeMB();
    config.setRAMBufferSizeMB(Math.max(buffer, Math.min(256, Runtime.getRuntime().maxMemory() / 4 / (1 << 20))));
    int threads = CORES;
    // a full queue makes the producer index the next document itself: every core stays busy
    var workers = new ThreadPoolExecutor(threads, threads, 0, TimeUnit.SECONDS,
        new ArrayBlockingQueue<>(threads * 64), runnable -> new Thread(runnable, "ortaq-index-loader"),
        new ThreadPoolExecutor.CallerRunsPolicy());
    var failure = new AtomicReference<RuntimeException>();
    var added = new AtomicInteger();
    merges.rebuilding(true);
    try {
      producer.accept(document -> {
        if (failure.get() != null) {
          throw failure.get();
        }
        workers.execute(() -> {
          try {
            writer.addDocument(documents.of(document));
            added.incrementAndGet();
          } catch (IOException | RuntimeException e) {
            failure.compareAndSet(null, e instanceof RuntimeException r ? r : new UncheckedIOException((IOException) e));
          }
        });
      });
    } finally {
      workers.shutdown();
      try {
        workers.awaitTermination(1, TimeUnit.HOURS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      config.setRAMBufferSizeMB(buffer);
      merges.rebuilding(false);
    }
    if (failure.get() != null) {
      throw failure.get();
    }
    return added.get();
  }

  /**
   * Merges the index into one segment per core, after a rebuild, the parts merged side by side: a
   * search pays a setup and a per-term lookup per segment (at 1M articles 15 segments against 1
   * cost p50 9.2 against 6.7 ms, bench/README.md), and searches one slice per core anyway.
   */
  public void mergeSegments() {
    // natural merges stay off meanwhile: one started by the forced merge's flush would make a part
    // of its own, merged again afterwards on one core
    merges.rebuilding(true);
    try {
      writer.forceMerge(CORES);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      merges.rebuilding(false);
    }
  }

  /** Removes the document with this kind and id, if any. */
  public void remove(String kind, long id) {
    try {
      writer.deleteDocuments(new Term(SearchFields.KEY, kind + ":" + id));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Removes every document. */
  public void clear() {
    try {
      writer.deleteAll();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the changes so far visible to new searches. */
  public void refresh() {
    try {
      searchers.maybeRefreshBlocking();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Makes the changes durable, noting the last outbox row they include. */
  public void commit(long outboxMark) {
    try {
      writer.setLiveCommitData(Map.of(OUTBOX_MARK, Long.toString(outboxMark), SCHEMA_MARK, SCHEMA).entrySet());
      writer.commit();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The last outbox row committed into the index, or -1 for an index that never was committed or
   * was written with another {@link #SCHEMA} (to be rebuilt).
   */
  public long outboxMark() {
    try {
      if (!DirectoryReader.indexExists(directory)) {
        return -1;
      }
      try (DirectoryReader reader = DirectoryReader.open(directory)) {
        Map<String, String> data = reader.getIndexCommit().getUserData();
        String mark = data.get(OUTBOX_MARK);
        return mark == null || !SCHEMA.equals(data.get(SCHEMA_MARK)) ? -1 : Long.parseLong(mark);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** How many documents are searchable now. */
  public int size() {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().numDocs();
    } finally {
      release(searcher);
    }
  }

  /** How many segments the searchable index has now. */
  public int segments() {
    IndexSearcher searcher = acquire();
    try {
      return searcher.getIndexReader().leaves().size();
    } finally {
      release(searcher);
    }
  }

  IndexSearcher acquire() {
    try {
      return searchers.acquire();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void release(IndexSearcher searcher) {
    try {
      searchers.release(searcher);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      try {
        searchers.close();
      } finally {
        searchThreads.shutdown();
        documents.close();
      }
      writer.close();
      directory.close();
      analyzer.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
