package org.ortaq.search;

import java.io.IOException;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * Lucene's tiered merging, held off while a rebuild adds every document: merging the flushed
 * segments as they come rewrote each document about twice before the rebuild's final merge into one
 * segment rewrote it again (a tenth of a rebuild's CPU time, profiled). Forced merges still run.
 */
final class RebuildMergePolicy extends FilterMergePolicy {
  private volatile boolean rebuilding;

  RebuildMergePolicy() {
    super(new TieredMergePolicy());
  }

  /** Holds off natural merges ({@code true}) until called again with {@code false}. */
  void rebuilding(boolean on) {
    rebuilding = on;
  }

  @Override
  public MergeSpecification findMerges(MergeTrigger trigger, SegmentInfos segments, MergeContext context)
      throws IOException {
    return rebuilding ? null : super.findMerges(trigger, segments, context);
  }

  @Override
  public MergeSpecification findFullFlushMerges(MergeTrigger trigger, SegmentInfos segments, MergeContext context)
      throws IOException {
    return rebuilding ? null : super.findFullFlushMerges(trigger, segments, context);
  }
}
