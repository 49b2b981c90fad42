package org.ortaq.bench;

import java.nio.file.Path;
import java.util.Locale;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.index.ConcurrentMergeScheduler;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.FSDirectory;
import org.ortaq.search.OrtaqCodec;

/**
 * Merges an index (a copy: it is changed) into N segments with Lucene's own forced merge, for
 * comparing query times by segment count. Usage: {@code ForceMerge INDEX_DIR SEGMENTS}
 */
public final class ForceMerge {
  private ForceMerge() {}

  public static void main(String[] args) throws Exception {
    int segments = Integer.parseInt(args[1]);
    var scheduler = new ConcurrentMergeScheduler();
    scheduler.setMaxMergesAndThreads(8, Runtime.getRuntime().availableProcessors());
    try (var directory = FSDirectory.open(Path.of(args[0]));
        var writer = new IndexWriter(directory, new IndexWriterConfig(new KeywordAnalyzer())
            .setOpenMode(IndexWriterConfig.OpenMode.APPEND).setCodec(new OrtaqCodec()).setMergeScheduler(scheduler))) {
      long started = System.nanoTime();
      writer.forceMerge(segments);
      writer.commit();
      System.out.printf(Locale.ROOT, "merged into %d segments in %.1f s%n", segments, (System.nanoTime() - started) / 1e9);
    }
  }
}
