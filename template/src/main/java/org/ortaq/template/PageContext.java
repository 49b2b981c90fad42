package org.ortaq.template;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one request knows that every template may show: DLE's global tags ({@code {THEME}},
 * {@code [aviable=…]}, {@code [group=…]}, the current category…) plus any page-level value or
 * block the server adds, such as "content", "headers", "speedbar" or Ortaq's own.
 */
public final class PageContext {
  /** Defaults: language "en", UTC, module "main", guest group 5, page 1, no values. */
  public static final PageContext EMPTY = builder().build();

  /** Which kind of device asked for the page, for {@code [smartphone]}, {@code [tablet]}, {@code [desktop]}. */
  public enum Device {
    DESKTOP,
    SMARTPHONE,
    TABLET
  }

  private final LanguagePack language;
  private final ZoneId zone;
  private final Optional<Instant> now;
  private final String module;
  private final int userGroup;
  private final int pageNumber;
  private final Optional<String> themeUrl;
  private final Map<String, String> values;
  private final Map<String, String> shared;
  private final Map<String, Boolean> blocks;
  private final CustomSource customSource;
  private final CategorySource categorySource;
  private final CommentSource commentSource;
  private final long newsId;
  private final List<Integer> categories;
  private final String tag;
  private final String staticPage;
  private final Device device;
  private final boolean android;
  private final boolean ios;
  private final boolean declineDates;

  private PageContext(Builder builder) {
    language = LanguagePack.forCode(builder.language);
    zone = builder.zone;
    now = Optional.ofNullable(builder.now);
    module = builder.module;
    userGroup = builder.userGroup;
    pageNumber = builder.pageNumber;
    themeUrl = Optional.ofNullable(builder.themeUrl);
    customSource = builder.customSource;
    categorySource = builder.categorySource;
    commentSource = builder.commentSource;
    newsId = builder.newsId;
    categories = List.copyOf(builder.categories);
    tag = builder.tag;
    staticPage = builder.staticPage;
    device = builder.device;
    android = builder.android;
    ios = builder.ios;
    declineDates = builder.declineDates;
    var allValues = new HashMap<String, String>();
    allValues.put("page-count", Integer.toString(pageNumber));
    allValues.put("category-id", categories.isEmpty() ? "" : categories.get(0).toString());
    allValues.put("cloudstag", tag);
    if (newsId > 0) {
      allValues.put("news-id", Long.toString(newsId));
    }
    allValues.putAll(builder.values);
    values = Map.copyOf(allValues);
    shared = builder.shared;
    var allBlocks = new HashMap<String, Boolean>();
    for (String name : List.of("page-title", "page-description", "category-icon", "category-description",
        "navigation", "related-news", "sort")) {
      if (values.containsKey(name)) {
        allBlocks.put(name, !values.get(name).isEmpty());
      }
    }
    allBlocks.putAll(builder.blocks);
    blocks = Map.copyOf(allBlocks);
  }

  public static Builder builder() {
    return new Builder();
  }

  public String language() {
    return language.code();
  }

  public ZoneId zone() {
    return zone;
  }

  public String module() {
    return module;
  }

  public int userGroup() {
    return userGroup;
  }

  public int pageNumber() {
    return pageNumber;
  }

  LanguagePack languagePack() {
    return language;
  }

  Optional<Instant> now() {
    return now;
  }

  Optional<String> themeUrl() {
    return themeUrl;
  }

  Optional<String> value(String lowerCaseName) {
    String value = values.get(lowerCaseName);
    return Optional.ofNullable(value != null ? value : shared.get(lowerCaseName));
  }

  Optional<Boolean> block(String lowerCaseName) {
    return Optional.ofNullable(blocks.get(lowerCaseName));
  }

  CustomSource customSource() {
    return customSource;
  }

  CategorySource categorySource() {
    return categorySource;
  }

  CommentSource commentSource() {
    return commentSource;
  }

  /** The current category for {@code [active]}: the first of {@link Builder#categories}, else 0. */
  int currentCategory() {
    return categories.isEmpty() ? 0 : categories.get(0);
  }

  long newsId() {
    return newsId;
  }

  List<Integer> categories() {
    return categories;
  }

  String tag() {
    return tag;
  }

  String staticPage() {
    return staticPage;
  }

  Device device() {
    return device;
  }

  boolean android() {
    return android;
  }

  boolean ios() {
    return ios;
  }

  boolean declineDates() {
    return declineDates;
  }

  /** Collects a {@link PageContext}; every setter is optional. */
  public static final class Builder {
    private String language = "en";
    private ZoneId zone = ZoneOffset.UTC;
    private Instant now;
    private String module = "main";
    private int userGroup = 5;
    private int pageNumber = 1;
    private String themeUrl;
    private final Map<String, String> values = new HashMap<>();
    private Map<String, String> shared = Map.of();
    private final Map<String, Boolean> blocks = new HashMap<>();
    private CustomSource customSource = CustomSource.NONE;
    private CategorySource categorySource = CategorySource.NONE;
    private CommentSource commentSource = CommentSource.NONE;
    private long newsId;
    private List<Integer> categories = List.of();
    private String tag = "";
    private String staticPage = "";
    private Device device = Device.DESKTOP;
    private boolean android;
    private boolean ios;
    private boolean declineDates;

    private Builder() {}

    /** "az", "tr", "en" or "ru": month and day names, "today"; anything else means English. */
    public Builder language(String language) {
      this.language = Objects.requireNonNull(language, "language");
      return this;
    }

    public Builder zone(ZoneId zone) {
      this.zone = Objects.requireNonNull(zone, "zone");
      return this;
    }

    /** The request time; with it {@code {date}} says "Today, 14:05" and "Yesterday, 14:05". */
    public Builder now(Instant now) {
      this.now = Objects.requireNonNull(now, "now");
      return this;
    }

    /** DLE's {@code $dle_module} ("main", "showfull", "cat", "static"…) for {@code [aviable=…]}. */
    public Builder module(String module) {
      this.module = Objects.requireNonNull(module, "module");
      return this;
    }

    /** The visitor's group: 1 administrator … 5 guest. */
    public Builder userGroup(int userGroup) {
      this.userGroup = userGroup;
      return this;
    }

    /** The list page, or the story page on a full-story page (1-based). */
    public Builder pageNumber(int pageNumber) {
      this.pageNumber = Math.max(1, pageNumber);
      return this;
    }

    /** What {@code {THEME}} becomes; by default "/templates/" and the theme's name. */
    public Builder themeUrl(String themeUrl) {
      this.themeUrl = Objects.requireNonNull(themeUrl, "themeUrl");
      return this;
    }

    /** Any global value tag ("content", "headers", "speedbar", "login"…): inserted as is. */
    public Builder value(String tag, String html) {
      values.put(tag.toLowerCase(Locale.ROOT), Objects.requireNonNull(html, "html"));
      return this;
    }

    /**
     * Value tags many pages share, such as translated labels: the map is copied once (an immutable
     * map is kept as it is, so a caller that keeps one pays nothing per page) and consulted after the
     * page's own {@link #value values}. Names must be lower case.
     */
    public Builder sharedValues(Map<String, String> shared) {
      this.shared = Map.copyOf(shared);
      return this;
    }

    /** Any global block {@code [name]…[/name]}: kept or dropped; {@code [not-name]} is the opposite. */
    public Builder block(String name, boolean keep) {
      blocks.put(name.toLowerCase(Locale.ROOT), keep);
      return this;
    }

    public Builder customSource(CustomSource customSource) {
      this.customSource = Objects.requireNonNull(customSource, "customSource");
      return this;
    }

    /** The categories {@code {catmenu}} and {@code {catnewscount}} show; asked only when shown. */
    public Builder categorySource(CategorySource categorySource) {
      this.categorySource = Objects.requireNonNull(categorySource, "categorySource");
      return this;
    }

    /** The comments {@code {customcomments}} shows; without one it prints nothing. */
    public Builder commentSource(CommentSource commentSource) {
      this.commentSource = Objects.requireNonNull(commentSource, "commentSource");
      return this;
    }

    /** The story shown on a full-story page: {@code {news-id}}, {@code [news=…]}. */
    public Builder newsId(long newsId) {
      this.newsId = newsId;
      return this;
    }

    /** The current page's categories (category page, or the story's on a full-story page). */
    public Builder categories(List<Integer> categories) {
      this.categories = List.copyOf(categories);
      return this;
    }

    /** The current category's title, description, URL and icon. */
    public Builder category(String title, String description, String url, String icon) {
      value("category-title", title);
      value("category-description", description);
      value("category-url", url);
      return value("category-icon", icon);
    }

    /** The tag of a tag page: {@code {cloudstag}}, {@code [tags=…]}. */
    public Builder tag(String tag) {
      this.tag = Objects.requireNonNull(tag, "tag");
      return this;
    }

    public Builder pageTitle(String title) {
      return value("page-title", title);
    }

    public Builder pageDescription(String description) {
      return value("page-description", description);
    }

    /** The static page's name on module "static", for {@code [static=…]}. */
    public Builder staticPage(String name) {
      this.staticPage = Objects.requireNonNull(name, "name");
      return this;
    }

    public Builder device(Device device) {
      this.device = Objects.requireNonNull(device, "device");
      return this;
    }

    /** The operating system for {@code [android]} and {@code [ios]}. */
    public Builder operatingSystem(boolean android, boolean ios) {
      this.android = android;
      this.ios = ios;
      return this;
    }

    /** DLE's "decline_date" option: genitive month names ("3 мая") in {@code {date=…}}. */
    public Builder declineDates(boolean declineDates) {
      this.declineDates = declineDates;
      return this;
    }

    public PageContext build() {
      return new PageContext(this);
    }
  }
}
