package org.ortaq.template;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * One repeated thing a template shows: a news story, a comment, a related-news entry, or an
 * Ortaq event. Built-in tags ({@code {title}}, {@code {short-story}}, {@code {date=…}},
 * {@code [xfvalue_X]}, {@code [if …]}) read its typed parts; any other tag reads its values and
 * blocks, which the engine inserts without reading them as template text.
 */
public final class Item {
  /** No data: for templates such as main.tpl that have no item. */
  public static final Item EMPTY = builder().build();

  private final String title;
  private final String shortStory;
  private final String fullStory;
  private final String text;
  private final Map<String, String> values;
  private final Map<String, Boolean> blocks;
  private final Optional<Instant> date;
  private final Optional<Instant> editDate;
  private final Map<String, String> xfields;
  private final List<Integer> categories;
  private final List<String> tags;
  private final Map<String, String> fields;
  private final int position;
  private volatile List<String> images;

  private Item(Builder builder) {
    title = builder.title;
    shortStory = builder.shortStory;
    fullStory = builder.fullStory;
    text = builder.text;
    values = Map.copyOf(builder.values);
    date = Optional.ofNullable(builder.date);
    editDate = Optional.ofNullable(builder.editDate);
    xfields = Map.copyOf(builder.xfields);
    categories = List.copyOf(builder.categories);
    tags = List.copyOf(builder.tags);
    fields = Map.copyOf(builder.fields);
    position = builder.position;
    blocks = Map.copyOf(derivedBlocks(builder));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Blocks that follow from the data as in DLE, unless the builder set them. */
  private Map<String, Boolean> derivedBlocks(Builder builder) {
    var derived = new HashMap<String, Boolean>();
    if (builder.touched) {
      derived.put("tags", !tags.isEmpty());
      derived.put("has-category", !categories.isEmpty());
      derived.put("edit-date", editDate.isPresent());
      derived.put("pages", fullStory.contains("{PAGEBREAK}"));
    }
    Optional.ofNullable(values.get("comments-num"))
        .ifPresent(count -> derived.put("comments", PhpNumbers.intval(count.replace(" ", "")) > 0));
    for (String name : List.of("poll", "edit-reason", "related-news", "next-url", "prev-url", "category-icon")) {
      Optional.ofNullable(values.get(name)).ifPresent(value -> derived.put(name, !value.isEmpty()));
    }
    Optional.ofNullable(fields.get("fixed")).ifPresent(value -> derived.put("fixed", PhpNumbers.intval(value) != 0));
    derived.putAll(builder.blocks);
    return derived;
  }

  String title() {
    return title;
  }

  String shortStory() {
    return shortStory;
  }

  String fullStory() {
    return fullStory;
  }

  String text() {
    return text;
  }

  Optional<String> value(String lowerCaseName) {
    return Optional.ofNullable(values.get(lowerCaseName));
  }

  Optional<Boolean> block(String lowerCaseName) {
    return Optional.ofNullable(blocks.get(lowerCaseName));
  }

  Optional<Instant> date() {
    return date;
  }

  Optional<Instant> editDate() {
    return editDate;
  }

  /** Extra field values by lower-case name. */
  Map<String, String> xfields() {
    return xfields;
  }

  List<Integer> categories() {
    return categories;
  }

  List<String> tags() {
    return tags;
  }

  Map<String, String> fields() {
    return fields;
  }

  int position() {
    return position;
  }

  /** Image URLs in the short story and extra fields, in order, for {@code {image-N}}. */
  List<String> images() {
    List<String> found = images;
    if (found == null) {
      var sources = new StringBuilder(shortStory);
      xfields.values().forEach(value -> sources.append('\n').append(value));
      found = ImageFinder.find(sources.toString());
      images = found;
    }
    return found;
  }

  /** Collects an {@link Item}; every setter is optional. */
  public static final class Builder {
    private String title = "";
    private String shortStory = "";
    private String fullStory = "";
    private String text = "";
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Boolean> blocks = new HashMap<>();
    private Instant date;
    private Instant editDate;
    private final Map<String, String> xfields = new LinkedHashMap<>();
    private List<Integer> categories = List.of();
    private List<String> tags = List.of();
    private final Map<String, String> fields = new HashMap<>();
    private int position;
    private boolean touched;

    private Builder() {}

    /** The title as plain text: {@code {title}} escapes it as DLE does. */
    public Builder title(String plainText) {
      title = Objects.requireNonNull(plainText, "title");
      return touch();
    }

    public Builder shortStory(String html) {
      shortStory = Objects.requireNonNull(html, "shortStory");
      return touch();
    }

    public Builder fullStory(String html) {
      fullStory = Objects.requireNonNull(html, "fullStory");
      return touch();
    }

    /** The {@code {text}} of relatednews.tpl and topnews.tpl. */
    public Builder text(String html) {
      text = Objects.requireNonNull(html, "text");
      return touch();
    }

    /** Any value tag ("full-link", "news-id", "author", "views", "comments-num"…): inserted as is. */
    public Builder value(String tag, String html) {
      values.put(tag.toLowerCase(Locale.ROOT), Objects.requireNonNull(html, "html"));
      return touch();
    }

    /** Any block {@code [name]…[/name]}: kept or dropped; {@code [not-name]} is the opposite. */
    public Builder block(String name, boolean keep) {
      blocks.put(name.toLowerCase(Locale.ROOT), keep);
      return touch();
    }

    public Builder date(Instant date) {
      this.date = Objects.requireNonNull(date, "date");
      return touch();
    }

    public Builder editDate(Instant editDate) {
      this.editDate = Objects.requireNonNull(editDate, "editDate");
      return touch();
    }

    /** An extra field's value (HTML) for {@code [xfvalue_NAME]} and its blocks. */
    public Builder xfield(String name, String value) {
      xfields.put(name.toLowerCase(Locale.ROOT), Objects.requireNonNull(value, "value"));
      return touch();
    }

    /** The item's own categories, for {@code [catlist=…]} and {@code [if category=…]}. */
    public Builder categories(List<Integer> categories) {
      this.categories = List.copyOf(categories);
      return touch();
    }

    public Builder tags(List<String> tags) {
      this.tags = List.copyOf(tags);
      return touch();
    }

    /** A column for {@code [if NAME…]} ("autor", "rating", "comm_num"…), beside the derived ones. */
    public Builder field(String name, String value) {
      fields.put(name.toLowerCase(Locale.ROOT), Objects.requireNonNull(value, "value"));
      return touch();
    }

    /** The item's 1-based place in its list, for {@code [newscount=…]}. */
    public Builder position(int position) {
      this.position = position;
      return touch();
    }

    private Builder touch() {
      touched = true;
      return this;
    }

    public Item build() {
      return new Item(this);
    }
  }
}
