package org.ortaq.theme;

import java.util.List;
import org.ortaq.text.Language;

/**
 * What a public page hands to the theme's main.tpl: its module (DLE's {@code $dle_module}), the
 * title, the rendered content, and links for the head.
 *
 * @param content what main.tpl shows as {@code {content}}
 * @param alternates the page in other languages, for hreflang links and the language switcher
 */
public record PageModel(
    Language language,
    String module,
    String title,
    String description,
    String canonicalPath,
    List<Alternate> alternates,
    PageContent content,
    String navigation,
    String speedbar,
    String extraHead) {

  public PageModel {
    alternates = List.copyOf(alternates);
  }

  /** A page whose content is rendered already (a String, or a buffer copied once into the page). */
  public PageModel(
      Language language,
      String module,
      String title,
      String description,
      String canonicalPath,
      List<Alternate> alternates,
      CharSequence content,
      String navigation,
      String speedbar,
      String extraHead) {
    this(language, module, title, description, canonicalPath, alternates, new PageContent.Text(content),
        navigation, speedbar, extraHead);
  }

  /** A version of the page in another language. */
  public record Alternate(Language language, String path) {}
}
