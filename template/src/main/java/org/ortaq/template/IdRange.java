package org.ortaq.template;

import java.util.ArrayList;
import java.util.List;

/** One item of a DLE id list such as "1,4-7": a single id or an inclusive range. */
public record IdRange(long first, long last) {
  public IdRange {
    if (first > last) {
      throw new IllegalArgumentException("range " + first + "-" + last + " is reversed");
    }
  }

  public boolean contains(long id) {
    return id >= first && id <= last;
  }

  /** Parses "1, 4-7,9" as DLE does: spaces ignored, "a-b" a range, anything else read as a number. */
  static List<IdRange> parseList(String text) {
    var ranges = new ArrayList<IdRange>();
    for (String part : text.replace(" ", "").split(",")) {
      if (part.isEmpty()) {
        continue;
      }
      int dash = part.indexOf('-', 1);
      if (dash > 0) {
        long a = PhpNumbers.intval(part.substring(0, dash));
        long b = PhpNumbers.intval(part.substring(dash + 1));
        ranges.add(new IdRange(Math.min(a, b), Math.max(a, b)));
      } else {
        long id = PhpNumbers.intval(part);
        ranges.add(new IdRange(id, id));
      }
    }
    return List.copyOf(ranges);
  }

  static boolean anyContains(List<IdRange> ranges, long id) {
    for (IdRange range : ranges) {
      if (range.contains(id)) {
        return true;
      }
    }
    return false;
  }
}
