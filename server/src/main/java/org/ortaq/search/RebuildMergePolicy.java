package org.ortaq.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.FilterMergePolicy;
import org.apache.lucene.index.MergeTrigger;
import org.apache.lucene.index.SegmentCommitInfo;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.TieredMergePolicy;

/**
 * Lucene's tiered merging, held off while a rebuild adds every document: merging the flushed
 * segments as they come rewrote each document about twice before the rebuild's final merge
 * rewrote it again (a tenth of a rebuild's CPU time, profiled).
 *
 * <p>A forced merge into {@code n} segments makes {@code n} merges of about equal size, which the
 * merge scheduler runs side by side, one per core: merging 1M articles into one segment kept one
 * core busy for 50 s while the other idled. (Lucene's own policy merges the smallest segments first
 * and leaves the largest as it is, so its parts are far from equal.)
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

  /**
   * Up to {@code maxSegmentCount} merges of about equal size: the segments, largest first, each go
   * to the part that is smallest so far. A part of one segment is rewritten only to drop its
   * deleted documents.
   */
  @Override
  public MergeSpecification findForcedMerges(SegmentInfos segments, int maxSegmentCount,
      Map<SegmentCommitInfo, Boolean> segmentsToMerge, MergeContext context) throws IOException {
    var eligible = new ArrayList<SegmentCommitInfo>();
    for (SegmentCommitInfo segment : segments) {
      if (segmentsToMerge.containsKey(segment) && !context.getMergingSegments().contains(segment)) {
        eligible.add(segment);
      }
    }
    int parts = Math.max(1, Math.min(maxSegmentCount, eligible.size()));
    var members = new ArrayList<List<SegmentCommitInfo>>();
    long[] sizes = new long[parts];
    for (int i = 0; i < parts; i++) {
      members.add(new ArrayList<>());
    }
    var largestFirst = new ArrayList<>(eligible);
    var sizeOf = new HashMap<SegmentCommitInfo, Long>();
    for (SegmentCommitInfo segment : eligible) {
      sizeOf.put(segment, size(segment, context));
    }
    largestFirst.sort(Comparator.comparingLong((SegmentCommitInfo segment) -> sizeOf.get(segment)).reversed());
    for (SegmentCommitInfo segment : largestFirst) {
      int smallest = 0;
      for (int i = 1; i < parts; i++) {
        if (sizes[i] < sizes[smallest]) {
          smallest = i;
        }
      }
      members.get(smallest).add(segment);
      sizes[smallest] += sizeOf.get(segment);
    }
    MergeSpecification merges = null;
    for (List<SegmentCommitInfo> part : members) {
      if (part.size() > 1 || (part.size() == 1 && part.get(0).hasDeletions())) {
        // the segments' own order: documents stay roughly in the order they were added
        part.sort(Comparator.comparingInt(eligible::indexOf));
        if (merges == null) {
          merges = new MergeSpecification();
        }
        merges.add(new OneMerge(part));
      }
    }
    return merges;
  }
}
