package org.ortaq.template;

import java.util.List;

/**
 * {@code {customcomments …}} (DLE 18 {@code custom_comments}): asks the page's
 * {@link CommentSource} and renders each comment with {@code template} + ".tpl" (default
 * comments.tpl). Nothing outside its {@code available} modules, for no comments (as DLE), or
 * when its template is missing or does not compile: a page never fails on it.
 */
record CustomComments(Fragment parameters) implements Node {
  @Override
  public void render(Scope scope, StringBuilder out) {
    if (scope.depth() >= CustomNode.DEEPEST) {
      return;
    }
    CommentQuery query = CommentQuery.parse(parameters.evaluate(scope));
    if (!query.shownIn(scope.page().module())) {
      return;
    }
    List<Item> comments = scope.page().commentSource().find(query);
    if (comments.isEmpty()) {
      return;
    }
    String name = IncludePath.normalize(query.template(), scope.theme().name());
    Template template;
    try {
      template = scope.theme().template(name.endsWith(".tpl") ? name : name + ".tpl");
    } catch (TemplateException e) {
      return;
    }
    for (int i = 0; i < comments.size(); i++) {
      template.render(new Scope(scope.page(), comments.get(i), scope.theme(), i + 1, scope.depth() + 1), out);
    }
  }
}
