package org.ortaq.theme;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.ortaq.template.CategorySource;
import org.ortaq.template.Item;
import org.ortaq.template.PageContext;
import org.ortaq.template.Template;
import org.ortaq.template.Theme;
import org.ortaq.text.Html;
import org.ortaq.text.Language;
import org.ortaq.web.Messages;

/** Renders whole public pages: item templates into content, then main.tpl around it. */
public final class PageRenderer {
  private static final ZoneId DISPLAY_ZONE = ZoneId.of("Asia/Baku");

  private final ThemeCatalog catalog;
  private final String themeName;
  private final Theme theme;
  private final Messages messages;
  private final Map<Language, Map<String, String>> labels;
  private final Clock clock;
  private final Supplier<String> publicUrl;
  private final Function<Language, CategorySource> categories;

  /** A renderer whose pages show no categories in {@code {catmenu}}. */
  public PageRenderer(ThemeCatalog catalog, Messages messages, Clock clock, Supplier<String> publicUrl) {
    this(catalog, messages, clock, publicUrl, language -> CategorySource.NONE);
  }

  /** A renderer whose {@code {catmenu}} and {@code {catnewscount}} read {@code categories} of the page's language. */
  public PageRenderer(ThemeCatalog catalog, Messages messages, Clock clock, Supplier<String> publicUrl,
      Function<Language, CategorySource> categories) {
    this(catalog, ThemeCatalog.DEFAULT, messages, new java.util.concurrent.ConcurrentHashMap<>(), clock, publicUrl,
        categories);
  }

  private PageRenderer(ThemeCatalog catalog, String themeName, Messages messages, Map<Language, Map<String, String>> labels,
      Clock clock, Supplier<String> publicUrl, Function<Language, CategorySource> categories) {
    this.categories = categories;
    this.labels = labels;
    this.catalog = catalog;
    this.themeName = themeName;
    this.theme = catalog.serving(themeName);
    this.messages = messages;
    this.clock = clock;
    this.publicUrl = publicUrl;
  }

  /** The same renderer with an organization's theme (the default when that theme has errors). */
  public PageRenderer forTheme(String name) {
    return name.equals(themeName) ? this : new PageRenderer(catalog, name, messages, labels, clock, publicUrl, categories);
  }

  public ThemeCatalog catalog() {
    return catalog;
  }

  /**
   * The global context of one page in {@code language}, for item templates and main.tpl. The
   * server has no comments: {@code {customcomments}} gets no source and prints nothing.
   */
  public PageContext.Builder context(Language language, String module) {
    var builder =
        PageContext.builder()
            .language(language.code())
            .zone(DISPLAY_ZONE)
            .now(clock.instant())
            .module(module)
            .userGroup(5)
            .themeUrl(catalog.url(themeName))
            .value("lang-code", language.code())
            .categorySource(categories.apply(language));
    return builder.sharedValues(labels.computeIfAbsent(language, this::labels));
  }

  /** Every message of the language as a {@code {lang_KEY}} tag, escaped once per language. */
  private Map<String, String> labels(Language language) {
    var labels = new java.util.HashMap<String, String>();
    for (Map.Entry<String, String> message : messages.all(language).entrySet()) {
      labels.put("lang_" + message.getKey().toLowerCase(java.util.Locale.ROOT), Html.escape(message.getValue()));
    }
    return Map.copyOf(labels);
  }

  /** Renders {@code template} (e.g. shortstory.tpl) for one item, appending to {@code out}. */
  public void renderItem(String template, PageContext context, Item item, StringBuilder out) {
    theme.template(template).render(context, item, out);
  }

  /** Renders {@code template} for each item of a list, appending to {@code out}. */
  public void renderEach(String template, PageContext context, List<Item> items, StringBuilder out) {
    theme.template(template).renderEach(context, items, out);
  }

  /** Renders a whole page through main.tpl. */
  public String renderPage(PageModel page) {
    return renderPage(page, List.of());
  }

  /**
   * Renders a whole page through main.tpl on a page of {@code categories} (a category page: its
   * {@code {category-id}}, {@code [category=…]} and the {@code {catmenu}} item that is active).
   */
  public String renderPage(PageModel page, List<Integer> categories) {
    var context =
        context(page.language(), page.module())
            .categories(categories)
            .value("headers", headers(page))
            .value("navigation", page.navigation())
            .value("speedbar", page.speedbar())
            .value("info", "")
            .value("language-switcher", switcher(page))
            .build();
    Template main = theme.template("main.tpl");
    return switch (page.content()) {
      case PageContent.Text text -> main.renderPage(context, text.text());
      case PageContent.Writer writer -> main.renderPage(context, writer.writer());
    };
  }

  /** The themed "not found" page in {@code language}. */
  public String notFound(Language language) {
    var context = context(language, "main").build();
    var message = new StringBuilder();
    var item =
        Item.builder()
            .title(messages.get(language, "not_found_title"))
            .value(
                "error",
                Html.escape(messages.get(language, "not_found_text"))
                    + " <a href=\"/" + language.code() + "/\">"
                    + Html.escape(messages.get(language, "back_home")) + "</a>")
            .build();
    theme.template("info.tpl").render(context, item, message);
    return renderPage(
        new PageModel(language, "main", messages.get(language, "not_found_title"), "",
            "", List.of(), message.toString(), "", "", ""));
  }

  /** The current theme's problems, as {@code ortaq theme check} reports them. */
  public java.util.List<org.ortaq.template.TemplateProblem> checkTheme() {
    return theme.check();
  }

  public Messages messages() {
    return messages;
  }

  private String headers(PageModel page) {
    var head = new StringBuilder(1024);
    String site = messages.get(page.language(), "site_name");
    String title = page.title().isEmpty() ? site : page.title() + " — " + site;
    head.append("<title>").append(Html.escape(title)).append("</title>\n");
    String description =
        page.description().isEmpty()
            ? messages.get(page.language(), "site_tagline")
            : page.description();
    head.append("<meta name=\"description\" content=\"")
        .append(Html.escape(description))
        .append("\">\n");
    if (!page.canonicalPath().isEmpty()) {
      head.append("<link rel=\"canonical\" href=\"")
          .append(Html.escape(publicUrl.get() + page.canonicalPath()))
          .append("\">\n");
    }
    for (PageModel.Alternate alternate : page.alternates()) {
      head.append("<link rel=\"alternate\" hreflang=\"")
          .append(alternate.language().code())
          .append("\" href=\"")
          .append(Html.escape(publicUrl.get() + alternate.path()))
          .append("\">\n");
    }
    head.append(page.extraHead());
    return head.toString();
  }

  private static String switcher(PageModel page) {
    var out = new StringBuilder();
    for (PageModel.Alternate alternate : page.alternates()) {
      if (alternate.language() == page.language()) {
        out.append("<span class=\"current\" lang=\"")
            .append(alternate.language().code())
            .append("\">")
            .append(Html.escape(alternate.language().nativeName()))
            .append("</span>");
      } else {
        out.append("<a href=\"")
            .append(Html.escape(alternate.path()))
            .append("\" hreflang=\"")
            .append(alternate.language().code())
            .append("\" lang=\"")
            .append(alternate.language().code())
            .append("\">")
            .append(Html.escape(alternate.language().nativeName()))
            .append("</a>");
      }
    }
    return out.toString();
  }
}
