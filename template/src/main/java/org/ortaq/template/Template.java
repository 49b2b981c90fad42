package org.ortaq.template;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One compiled template: immutable and safe to render from many threads at once. Rendering walks
 * the compiled nodes and never re-reads template text.
 */
public final class Template {
  private final String name;
  private final List<Node> nodes;
  private final Theme theme;
  private final int literalLength;

  Template(String name, List<Node> nodes, Theme theme) {
    this.name = name;
    this.nodes = nodes;
    this.theme = theme;
    this.literalLength = literalLength(nodes);
  }

  /** The file this template was compiled from, such as "main.tpl". */
  public String name() {
    return name;
  }

  /** Appends the rendered template to {@code out}; data never makes it throw. */
  public void render(PageContext page, Item item, StringBuilder out) {
    render(new Scope(page, item, theme, item.position(), 0), out);
  }

  public String render(PageContext page, Item item) {
    var out = new StringBuilder(4096);
    render(page, item, out);
    return out.toString();
  }

  /**
   * Renders each item in turn, as a list page does with shortstory.tpl. After the first item the
   * buffer makes room for the rest, judging by that one, so that it grows at most once more.
   */
  public void renderEach(PageContext page, List<Item> items, StringBuilder out) {
    for (int i = 0; i < items.size(); i++) {
      int before = out.length();
      render(page, items.get(i), out);
      if (i == 0 && items.size() > 1) {
        out.ensureCapacity(out.length() + (out.length() - before) * (items.size() - 1) * 9 / 8);
      }
    }
  }

  /**
   * Renders the page (main.tpl) around {@code content}, such as item templates' output in a
   * buffer: {@code {content}} copies it from there, with no String in between, and wins over a
   * page value "content".
   */
  public String renderPage(PageContext page, CharSequence content) {
    return renderPage(page, content.length(), out -> out.append(content));
  }

  /**
   * Renders the page (main.tpl) and, where it shows {@code {content}}, lets {@code content} write
   * straight into the page's buffer, as a list page does with {@link #renderEach}: the items need
   * no buffer of their own and are copied nowhere. {@code {content}} wins over a page value
   * "content"; what {@code content} throws, this throws.
   */
  public String renderPage(PageContext page, Consumer<StringBuilder> content) {
    return renderPage(page, 0, content);
  }

  private String renderPage(PageContext page, int contentLength, Consumer<StringBuilder> content) {
    var out = new StringBuilder(contentLength + literalLength + PAGE_VALUES_ROOM);
    render(new Scope(page, Item.EMPTY, theme, 0, 0, Optional.of(content)), out);
    return out.toString();
  }

  /** Room in a page's buffer for the page values main.tpl shows besides the content (headers…). */
  private static final int PAGE_VALUES_ROOM = 4096;

  /**
   * Renders only the bodies of the template's {@code [not-news]…[/not-news]} blocks: what DLE
   * shows instead of a list that found no news.
   */
  public String renderNotNews(PageContext page) {
    var out = new StringBuilder();
    var scope = new Scope(page, Item.EMPTY, theme, 0, 0);
    NotNews.collect(nodes, scope, out);
    return out.toString();
  }

  void render(Scope scope, StringBuilder out) {
    Node.renderAll(nodes, scope, out);
  }

  /** How many characters of literal text the template and its includes hold. */
  private static int literalLength(List<Node> nodes) {
    long length = 0;
    for (Node node : nodes) {
      if (node instanceof Node.Text text) {
        length += text.text().length();
      } else if (node instanceof Node.Sequence sequence) {
        length += literalLength(sequence.nodes());
      } else if (node instanceof Node.Block block) {
        length += literalLength(block.children());
      }
    }
    return (int) Math.min(length, 1 << 20);
  }
}
