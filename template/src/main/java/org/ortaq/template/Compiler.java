package org.ortaq.template;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Compiles one template file into nodes: the {@link Parser.Factory} that knows which tag is
 * which. Includes are compiled in place, sharing one {@link Load} with the file that includes them.
 */
final class Compiler implements Parser.Factory {
  static final int MOST_SUBTEMPLATES = 200;

  private static final Pattern LIMIT = Pattern.compile("limit\\s*=\\s*['\"](.*?)['\"]", Pattern.CASE_INSENSITIVE);
  private static final Pattern INCLUDE_FILE = Pattern.compile("file\\s*=\\s*['\"](.*?)['\"]", Pattern.CASE_INSENSITIVE);
  private static final Pattern IMAGE = Pattern.compile("image-(\\d{1,4})");
  private static final Pattern NEWS_COUNT_ID = Pattern.compile("id=['\"](.+?)['\"]", Pattern.CASE_INSENSITIVE);

  /** What one top-level load shares with its includes: warnings, counters, the limit-variant rule. */
  static final class Load {
    final Theme theme;
    final List<TemplateProblem> warnings;
    final Map<String, String> firstLimit = new HashMap<>();
    int subtemplates;

    Load(Theme theme, List<TemplateProblem> warnings) {
      this.theme = theme;
      this.warnings = warnings;
    }
  }

  private final Load load;
  private final String file;
  private final String text;
  private final Deque<String> includes;
  private final BlockRules blocks;
  /** Present while a {@code {catmenu}} template (or a file it includes) compiles. */
  private final Optional<CategoryMenuParts> menu;
  private int[] lineStarts;

  private Compiler(Load load, String file, String text, Deque<String> includes, Optional<CategoryMenuParts> menu) {
    this.load = load;
    this.file = file;
    this.text = text;
    this.includes = includes;
    this.blocks = new BlockRules();
    this.menu = menu;
  }

  static List<Node> compile(Load load, String file, String text, Deque<String> includes, int depth) {
    return compile(load, file, text, includes, depth, Optional.empty());
  }

  private static List<Node> compile(
      Load load, String file, String text, Deque<String> includes, int depth, Optional<CategoryMenuParts> menu) {
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    var compiler = new Compiler(load, file, body, includes, menu);
    return Parser.parse(Lexer.lex(body), compiler, depth);
  }

  @Override
  public Node text(String text) {
    return new Node.Text(text);
  }

  @Override
  public Node tag(Token token, int depth) {
    if (token.kind() == Token.Kind.OPEN) {
      if (menu.isPresent() && token.key().equals("root") && !token.hasParams()) {
        return text(""); // DLE removes every [root] of a menu template
      }
      return Parser.isValueLike(token) ? XfieldNodes.value(token, this) : text(token.raw());
    }
    String key = token.key();
    boolean plain = !token.hasParams();
    if (menu.isPresent() && plain) {
      if (CategoryMenuTags.VALUES.contains(key)) {
        return new CategoryMenuTags.Value(key, ValueNodes.Value.of(key, "", token.raw()));
      }
      if (key.equals("sub-item")) {
        return new CategoryMenuTags.SubItem(ValueNodes.Value.of(key, "", token.raw()));
      }
    }
    switch (key) {
      case "theme" -> {
        if (plain) {
          return new ValueNodes.ThemeUrl();
        }
      }
      case "title" -> {
        if (plain) {
          return new ValueNodes.Title();
        }
        return limited(token, ValueNodes.Story.TITLE);
      }
      case "short-story", "full-story", "text" -> {
        ValueNodes.Story story = key.equals("text") ? ValueNodes.Story.TEXT
            : key.equals("short-story") ? ValueNodes.Story.SHORT_STORY : ValueNodes.Story.FULL_STORY;
        return plain ? new ValueNodes.StoryHtml(story) : limited(token, story);
      }
      case "date", "edit-date" -> {
        if (plain || (token.separator() == '=' && !token.params().isEmpty())) {
          return new ValueNodes.DateValue(key.equals("edit-date"), token.params(), token.raw());
        }
      }
      case "include" -> {
        Matcher matcher = INCLUDE_FILE.matcher(token.params());
        if (!plain && matcher.find()) {
          return include(token, matcher.group(1), depth);
        }
      }
      case "content" -> {
        if (plain) {
          return new ValueNodes.Content(ValueNodes.Value.of(key, "", token.raw()));
        }
      }
      case "custom" -> {
        if (!plain) {
          return new CustomNode(Fragment.of(token.params()));
        }
      }
      case "customcomments" -> {
        if (!plain) {
          return new CustomComments(Fragment.of(token.params()));
        }
      }
      case "catmenu" -> {
        if (plain || token.separator() == ' ') {
          return categoryMenu(token, depth);
        }
      }
      case "catnewscount" -> {
        Matcher matcher = NEWS_COUNT_ID.matcher(token.params().strip());
        if (token.separator() == ' ' && matcher.matches()) {
          return categoryNewsCount(token, matcher.group(1));
        }
      }
      default -> {
        Matcher image = IMAGE.matcher(token.name());
        if (plain && image.matches()) {
          return new ValueNodes.Image(Integer.parseInt(image.group(1)));
        }
        if (plain && token.name().equals("PAGEBREAK")) {
          return text("");
        }
      }
    }
    return ValueNodes.Value.of(key, plain ? "" : key + " " + token.params().strip().toLowerCase(Locale.ROOT), token.raw());
  }

  @Override
  public Node block(Token open, List<Node> children, Token close) {
    if (menu.isPresent() && !open.hasParams()) {
      String key = open.key();
      switch (key) {
        case "item", "sub-prefix", "sub-suffix" -> {
          return menu.get().block(key, children, open, close);
        }
        case "root" -> {
          return new Node.Sequence(children);
        }
        default -> {
          if (CategoryMenuTags.BLOCKS.contains(key)) {
            return new CategoryMenuTags.Block(key, children, blocks.block(open, children, close));
          }
        }
      }
    }
    return blocks.block(open, children, close);
  }

  /**
   * {@code {catmenu …}}: its template is compiled here, at load time, as DLE's
   * {@code build_cat_menu} loads it with the global pass; a missing one prints DLE's
   * "Template not found" (when there are categories to show) and is a warning.
   */
  private Node categoryMenu(Token token, int depth) {
    String parameters = token.hasParams() ? token.params() : "";
    Fragment fragment = Fragment.of(parameters);
    Optional<CategoryMenu.Parameters> constant = Optional.empty();
    if (fragment.isConstant()) {
      try {
        constant = Optional.of(CategoryMenu.Parameters.parse(parameters, true));
      } catch (IllegalArgumentException invalid) {
        throw error(token, invalid.getMessage());
      }
    }
    String path = IncludePath.normalize(CategoryMenu.templateName(parameters) + ".tpl", load.theme.name());
    checkCycle(token, path);
    Optional<String> menuText = load.theme.read(path);
    if (menuText.isEmpty()) {
      String message = "Template not found: /templates/" + load.theme.name() + "/" + path;
      warn(token, message);
      return new CategoryMenu(fragment, constant, new CategoryMenu.Body(List.of(text(message)), List.of(), List.of(), List.of(), false));
    }
    if (depth + 1 > Parser.DEEPEST) {
      throw error(token, "blocks and includes nested deeper than " + Parser.DEEPEST);
    }
    var chain = new ArrayDeque<>(includes);
    chain.push(path);
    var parts = new CategoryMenuParts();
    List<Node> outer = compile(load, path, menuText.get(), chain, depth + 1, Optional.of(parts));
    return new CategoryMenu(fragment, constant, parts.body(outer));
  }

  /** {@code {catnewscount id="N"}}; an N that is not a whole number is an error (DLE would print 0). */
  private Node categoryNewsCount(Token token, String id) {
    Fragment fragment = Fragment.of(id);
    if (fragment.isConstant() && !PhpNumbers.isInteger(id)) {
      throw error(token, "catnewscount id must be a category id, not \"" + id + "\"");
    }
    return new CategoryNewsCount(fragment);
  }

  private void checkCycle(Token token, String path) {
    if (includes.contains(path)) {
      var cycle = new StringBuilder();
      includes.descendingIterator().forEachRemaining(name -> cycle.append(name).append(" -> "));
      throw error(token, "include cycle: " + cycle + path);
    }
  }

  /**
   * A limited tag: only the first distinct variant of each tag is filled in (DLE fills the first
   * {@code preg_match} and replaces that exact text), later variants stay literal.
   */
  Node limited(Token token, ValueNodes.Story story) {
    Optional<Integer> limit = limit(token);
    if (limit.isEmpty()) {
      return ValueNodes.Value.of(token.key(), token.key() + " " + token.params().strip().toLowerCase(Locale.ROOT), token.raw());
    }
    if (!firstVariant(token.key(), token.raw())) {
      return text(token.raw());
    }
    return new ValueNodes.LimitedStory(story, limit.get());
  }

  /** The limit="N" of a tag; a limit that is not a whole number is an error. */
  Optional<Integer> limit(Token token) {
    Matcher matcher = LIMIT.matcher(token.params());
    if (!matcher.find()) {
      return Optional.empty();
    }
    String value = matcher.group(1);
    if (!PhpNumbers.isInteger(value)) {
      throw error(token, "limit must be a whole number, not \"" + value + "\"");
    }
    return Optional.of((int) Math.max(Integer.MIN_VALUE, Math.min(Integer.MAX_VALUE, PhpNumbers.intval(value))));
  }

  boolean firstVariant(String family, String raw) {
    String variant = raw.toLowerCase(Locale.ROOT);
    String first = load.firstLimit.putIfAbsent(family, variant);
    return first == null || first.equals(variant);
  }

  private Node include(Token token, String requested, int depth) {
    String path = IncludePath.normalize(requested, load.theme.name());
    if (path.endsWith(".js") || path.endsWith(".css")) {
      return text(""); // DLE moves these into the page's script and style bundle
    }
    if (path.endsWith(".php") || path.contains(".php?")) {
      warn(token, "PHP include \"" + requested + "\" is not run; it renders as nothing");
      return text("");
    }
    if (!path.endsWith(".tpl")) {
      return text("Not Allowed Template Name: " + requested);
    }
    checkCycle(token, path);
    if (++load.subtemplates > MOST_SUBTEMPLATES) {
      warn(token, "more than " + MOST_SUBTEMPLATES + " included files");
      return text("Max " + MOST_SUBTEMPLATES + " subtemplates files allowed");
    }
    Optional<String> included = load.theme.read(path);
    if (included.isEmpty()) {
      String message = "Template not found: /templates/" + load.theme.name() + "/" + path;
      warn(token, message);
      return text(message);
    }
    if (depth + 1 > Parser.DEEPEST) {
      throw error(token, "blocks and includes nested deeper than " + Parser.DEEPEST);
    }
    var chain = new ArrayDeque<>(includes);
    chain.push(path);
    return new Node.Sequence(compile(load, path, included.get(), chain, depth + 1, menu));
  }

  void warn(Token token, String message) {
    int[] position = position(token.start());
    load.warnings.add(new TemplateProblem(file, position[0], position[1], Severity.WARNING, message));
  }

  @Override
  public TemplateException error(Token token, String reason) {
    int[] position = position(token.start());
    return new TemplateException(file, position[0], position[1], reason);
  }

  /** Line and column (1-based) of an offset; a CRLF counts as one line break. */
  private int[] position(int offset) {
    if (lineStarts == null) {
      var starts = new ArrayList<Integer>();
      starts.add(0);
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          starts.add(i + 1);
        }
      }
      lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
    }
    int index = Arrays.binarySearch(lineStarts, offset);
    int line = index >= 0 ? index : -index - 2;
    return new int[] {line + 1, offset - lineStarts[line] + 1};
  }
}
