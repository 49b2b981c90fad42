package org.ortaq.text;

import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Cleaner;
import org.jsoup.safety.Safelist;

/**
 * Cleans article HTML on save with jsoup's Safelist: what news needs (headings, lists, links,
 * images, figures, quotes, tables) stays; scripts, event handlers, styles and foreign embeds go.
 * Video embeds are kept only from an allow-list of players.
 */
public final class HtmlSanitizer {
  private static final List<Pattern> VIDEO_PLAYERS =
      List.of(
          Pattern.compile("^https://www\\.youtube(-nocookie)?\\.com/embed/[A-Za-z0-9_-]+(\\?[^\"'<>]*)?$"),
          Pattern.compile("^https://player\\.vimeo\\.com/video/[0-9]+(\\?[^\"'<>]*)?$"));

  private static final Safelist SAFELIST =
      Safelist.relaxed()
          .addTags("figure", "figcaption", "hr", "iframe", "s", "mark", "small", "time")
          .addAttributes("a", "rel", "target")
          .addAttributes("img", "loading", "srcset", "sizes")
          .addAttributes("iframe", "src", "width", "height", "title", "allowfullscreen", "allow")
          .addAttributes("time", "datetime")
          .addAttributes("td", "rowspan")
          .addAttributes("th", "rowspan", "scope")
          .addAttributes(":all", "lang", "dir")
          .addProtocols("iframe", "src", "https")
          .addProtocols("img", "src", "http", "https")
          .removeProtocols("a", "href", "ftp")
          .preserveRelativeLinks(true);

  private HtmlSanitizer() {}

  /** The safe form of {@code html}: a body fragment with only allowed tags and attributes. */
  public static String clean(String html) {
    if (html == null || html.isBlank()) {
      return "";
    }
    Document dirty = Jsoup.parseBodyFragment(html, "https://ortaq.invalid/");
    Document clean = new Cleaner(SAFELIST).clean(dirty);
    for (Element frame : clean.select("iframe")) {
      String src = frame.attr("src");
      if (VIDEO_PLAYERS.stream().noneMatch(player -> player.matcher(src).matches())) {
        frame.remove();
      } else {
        frame.attr("loading", "lazy");
      }
    }
    for (Element link : clean.select("a[target]")) {
      link.attr("rel", "noopener noreferrer");
    }
    clean.outputSettings().prettyPrint(false);
    return clean.body().html();
  }
}
