package org.ortaq.template;

import java.util.List;

/**
 * {@code {custom …}}: asks the page's {@link CustomSource} for items and renders each with the
 * named template of the same theme. Empty outside its {@code aviable} modules; at most
 * {@value #DEEPEST} custom blocks deep, so a template that lists itself cannot loop forever.
 */
record CustomNode(Fragment parameters) implements Node {
  static final int DEEPEST = 4;

  @Override
  public void render(Scope scope, StringBuilder out) {
    if (scope.depth() >= DEEPEST) {
      return;
    }
    CustomQuery query = CustomQuery.parse(parameters.evaluate(scope));
    if (!query.shownIn(scope.page().module())) {
      return;
    }
    String name = IncludePath.normalize(query.template(), scope.theme().name());
    Template template;
    try {
      template = scope.theme().template(name.endsWith(".tpl") ? name : name + ".tpl");
    } catch (TemplateException e) {
      return; // Theme.check() reports it; a page never fails on it
    }
    List<Item> items = scope.page().customSource().find(query);
    for (int i = 0; i < items.size(); i++) {
      template.render(new Scope(scope.page(), items.get(i), scope.theme(), i + 1, scope.depth() + 1, scope.content()), out);
    }
  }
}
