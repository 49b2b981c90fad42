package org.ortaq.template;

import java.util.List;

/**
 * {@code [declination=N]stem|e1|e2|e3[/declination]}: the Russian plural form for N, as DLE's
 * {@code declination()} chooses it. N may be a tag such as {@code {vote-num}}: its HTML and spaces
 * are removed before it is read as a number.
 */
record DeclinationBlock(Fragment number, List<Node> children, String open, String close) implements Node {
  @Override
  public void render(Scope scope, StringBuilder out) {
    String count = TagStripper.strip(number.evaluate(scope)).replace(" ", "");
    var body = new StringBuilder();
    Node.renderAll(children, scope, body);
    out.append(choose(PhpNumbers.intval(count), body.toString()));
  }

  static String choose(long n, String body) {
    String[] words = body.strip().split("\\|", -1);
    String one;
    String few;
    String many;
    switch (words.length) {
      case 1 -> {
        one = words[0];
        few = words[0];
        many = words[0];
      }
      case 2 -> {
        one = words[0];
        few = words[0] + words[1];
        many = few;
      }
      case 3 -> {
        one = words[0];
        few = words[0] + words[1];
        many = words[0] + words[2];
      }
      default -> {
        one = words[0] + words[1];
        few = words[0] + words[2];
        many = words[0] + words[3];
      }
    }
    long lastDigit = n % 10;
    long lastTwo = n % 100;
    if (lastDigit == 1 && lastTwo != 11) {
      return one;
    }
    if (lastDigit >= 2 && lastDigit <= 4 && (lastTwo < 10 || lastTwo >= 20)) {
      return few;
    }
    return many;
  }
}
