package org.ortaq.template;

/** {@code {catnewscount id="N"}}: the news count of category N, 0 for an unknown one (DLE's intval). */
record CategoryNewsCount(Fragment id) implements Node {
  @Override
  public void render(Scope scope, StringBuilder out) {
    long wanted = PhpNumbers.intval(id.evaluate(scope));
    long count = wanted <= 0 || wanted > Integer.MAX_VALUE ? 0
        : scope.page().categorySource().categories().find((int) wanted).map(Category::newsCount).orElse(0L);
    out.append(count);
  }
}
