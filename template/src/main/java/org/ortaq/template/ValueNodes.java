package org.ortaq.template;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The value tags: each appends data without reading it as template text. */
final class ValueNodes {
  /** Global tags of the current page that win over an item's value of the same name. */
  private static final Set<String> PAGE_FIRST = Set.of("category-id", "category-title", "category-description");

  private ValueNodes() {}

  /** What a value tag no data knows prints. */
  enum Missing {
    /** The tag as written, as DLE leaves unknown tags. */
    LITERAL,
    /** Nothing: DLE empties banners that do not exist and a leftover {@code {category-url}}. */
    NOTHING,
    /** DLE's placeholder icon, for {@code {category-icon}}. */
    NO_ICON
  }

  /**
   * A tag filled from the item's or the page's values; unknown tags stay literal. What the key
   * implies (page first, what a missing value prints) is decided when the template compiles.
   */
  record Value(String key, String keyWithParams, String raw, boolean pageFirst, Missing missing) implements Node {
    static Value of(String key, String keyWithParams, String raw) {
      Missing missing = key.equals("category-icon") ? Missing.NO_ICON
          : key.startsWith("banner_") || key.equals("category-url") ? Missing.NOTHING : Missing.LITERAL;
      return new Value(key, keyWithParams, raw, PAGE_FIRST.contains(key), missing);
    }

    @Override
    public void render(Scope scope, StringBuilder out) {
      Optional<String> found = Optional.empty();
      if (!keyWithParams.isEmpty()) {
        found = scope.value(keyWithParams);
      }
      if (found.isEmpty()) {
        if (pageFirst) {
          found = scope.page().value(key);
          if (found.isEmpty()) {
            found = scope.item().value(key);
          }
        } else {
          found = scope.value(key);
        }
      }
      if (found.isPresent()) {
        out.append(found.get());
        return;
      }
      switch (missing) {
        case LITERAL -> out.append(raw);
        case NO_ICON -> out.append(scope.themeUrl()).append("/dleimages/no_icon.gif");
        case NOTHING -> {}
      }
    }
  }

  /**
   * {@code {content}}: written straight into the page when the page is rendered with
   * {@link Template#renderPage}, else a value like any other.
   */
  record Content(Value value) implements Node {
    @Override
    public void render(Scope scope, StringBuilder out) {
      if (scope.content().isPresent()) {
        scope.content().get().accept(out);
      } else {
        value.render(scope, out);
      }
    }
  }

  /** {@code {THEME}}. */
  record ThemeUrl() implements Node {
    @Override
    public void render(Scope scope, StringBuilder out) {
      out.append(scope.themeUrl());
    }
  }

  /** Which text of the item a story tag shows. */
  enum Story {
    TITLE,
    SHORT_STORY,
    FULL_STORY,
    TEXT;

    String of(Scope scope) {
      Item item = scope.item();
      return switch (this) {
        case TITLE -> item.title();
        case SHORT_STORY -> item.shortStory();
        case FULL_STORY -> FullStoryPages.page(item.fullStory(), scope.page().pageNumber());
        case TEXT -> item.text();
      };
    }
  }

  /** {@code {title}}: the plain title HTML-escaped as DLE 18 does. */
  record Title() implements Node {
    @Override
    public void render(Scope scope, StringBuilder out) {
      Optional<String> own = scope.item().value("title");
      if (own.isPresent()) {
        out.append(own.get());
      } else {
        out.append(escape(scope.item().title()));
      }
    }
  }

  /** {@code {short-story}}, {@code {full-story}}, {@code {text}}: stored HTML as is. */
  record StoryHtml(Story story) implements Node {
    @Override
    public void render(Scope scope, StringBuilder out) {
      String html = story.of(scope);
      out.append(html.contains("{PAGEBREAK}") ? html.replace("{PAGEBREAK}", "") : html);
    }
  }

  /** {@code {short-story limit="N"}} and the like: DLE 18's clean-and-cut. */
  record LimitedStory(Story story, int limit) implements Node {
    @Override
    public void render(Scope scope, StringBuilder out) {
      out.append(TextLimit.clean(story.of(scope), limit));
    }
  }

  /** {@code {date}} and {@code {date=FORMAT}}, and the same for {@code {edit-date}}; literal without a date. */
  record DateValue(boolean edit, String format, String raw) implements Node {
    @Override
    public void render(Scope scope, StringBuilder out) {
      if (format.isEmpty()) { // an item value wins, e.g. comments' relative "5 minutes ago"
        Optional<String> own = scope.item().value(edit ? "edit-date" : "date");
        if (own.isPresent()) {
          out.append(own.get());
          return;
        }
      }
      Optional<Instant> date = edit ? scope.item().editDate() : scope.item().date();
      if (date.isEmpty()) {
        out.append(raw);
        return;
      }
      PageContext page = scope.page();
      LanguagePack language = page.languagePack();
      try {
        out.append(format.isEmpty()
            ? relative(date.get(), page, language)
            : language.localise(PhpDate.format(format, date.get(), page.zone()), page.declineDates()));
      } catch (DateTimeException e) {
        out.append(raw); // an instant beyond the years a calendar can show
      }
    }

    /** DLE's {@code {date}}: "Today, 14:05", "Yesterday, 14:05", else "j-m-Y, H:i". */
    private static String relative(Instant date, PageContext page, LanguagePack language) {
      if (page.now().isPresent()) {
        LocalDate day = ZonedDateTime.ofInstant(date, page.zone()).toLocalDate();
        LocalDate today = ZonedDateTime.ofInstant(page.now().get(), page.zone()).toLocalDate();
        if (day.equals(today)) {
          return language.today() + PhpDate.format(", H:i", date, page.zone());
        }
        if (day.equals(today.minusDays(1))) {
          return language.yesterday() + PhpDate.format(", H:i", date, page.zone());
        }
      }
      return language.localise(PhpDate.format("j-m-Y, H:i", date, page.zone()), true);
    }
  }

  /** {@code {image-N}}: the N-th image of the story, or DLE's placeholder. */
  record Image(int number) implements Node {
    @Override
    public void render(Scope scope, StringBuilder out) {
      List<String> images = scope.item().images();
      if (number >= 1 && number <= images.size()) {
        out.append(images.get(number - 1));
      } else {
        out.append(scope.themeUrl()).append("/dleimages/no_image.jpg");
      }
    }
  }

  /** htmlspecialchars(ENT_QUOTES) with "&amp;amp;" collapsed, as DLE 18 escapes titles. */
  static String escape(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      String replacement = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#039;";
        default -> null;
      };
      if (replacement == null) {
        if (out != null) {
          out.append(c);
        }
        continue;
      }
      if (out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (c == '&' && text.startsWith("amp;", i + 1)) {
        i += 4;
      }
      out.append(replacement);
    }
    return out == null ? text : out.toString();
  }
}
