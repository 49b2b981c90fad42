package org.ortaq.template;

import java.util.regex.Pattern;

/** Splits a full story on {@code {PAGEBREAK}} as DLE's show.full does and picks one page. */
final class FullStoryPages {
  private static final Pattern EDGE_BREAKS =
      Pattern.compile("^(\\s*<br\\s*/?>)+|(<br\\s*/?>\\s*)+$", Pattern.CASE_INSENSITIVE);

  private FullStoryPages() {}

  static String page(String fullStory, int pageNumber) {
    if (!fullStory.contains("{PAGEBREAK}")) {
      return fullStory;
    }
    String[] pages = fullStory.split("\\{PAGEBREAK\\}", -1);
    int index = Math.min(Math.max(pageNumber, 1), pages.length) - 1;
    return EDGE_BREAKS.matcher(pages[index]).replaceAll("");
  }

  static int count(String fullStory) {
    return fullStory.split("\\{PAGEBREAK\\}", -1).length;
  }
}
