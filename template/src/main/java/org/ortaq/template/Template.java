package org.ortaq.template;

import java.util.List;

/**
 * One compiled template: immutable and safe to render from many threads at once. Rendering walks
 * the compiled nodes and never re-reads template text.
 */
public final class Template {
  private final String name;
  private final List<Node> nodes;
  private final Theme theme;

  Template(String name, List<Node> nodes, Theme theme) {
    this.name = name;
    this.nodes = nodes;
    this.theme = theme;
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
}
