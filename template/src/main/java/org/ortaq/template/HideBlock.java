package org.ortaq.template;

import java.util.List;

/**
 * {@code [hide]…[/hide]} and {@code [hide=1,2]…[/hide]}: registered visitors (any group but guests,
 * 5), or the listed groups and administrators (1), see the body; others see DLE's notice.
 */
record HideBlock(List<IdRange> groups, List<Node> children, String open, String close) implements Node {
  @Override
  public void render(Scope scope, StringBuilder out) {
    int group = scope.page().userGroup();
    boolean allowed = groups.isEmpty() ? group != 5 : group == 1 || IdRange.anyContains(groups, group);
    if (allowed) {
      Node.renderAll(children, scope, out);
    } else {
      out.append("<div class=\"quote dlehidden\">").append(scope.page().languagePack().hiddenText()).append("</div>");
    }
  }
}
