package org.ortaq.template;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Knows every built-in block tag and what keeps it; anything else is a data block or literal. */
final class BlockRules {
  private static final Pattern IMAGE_BLOCK = Pattern.compile("(not-)?image-(\\d{1,4})");

  Node block(Token open, List<Node> children, Token close) {
    String key = open.key();
    if (LinkBlock.handles(key) && !open.hasParams()) {
      return new LinkBlock(key, children, open.raw(), close.raw());
    }
    switch (key) {
      case "hide" -> {
        if (!children.isEmpty() && (!open.hasParams() || open.separator() == '=')) {
          return new HideBlock(IdRange.parseList(open.params()), children, open.raw(), close.raw());
        }
      }
      case "declination" -> {
        if (open.separator() == '=' && !children.isEmpty()) {
          return new DeclinationBlock(Fragment.of(open.params()), children, open.raw(), close.raw());
        }
      }
      case "if" -> {
        return new Node.Block(IfCondition.parse(open.params()), children, open.raw(), close.raw());
      }
      default -> {}
    }
    return new Node.Block(condition(open), children, open.raw(), close.raw());
  }

  private Node.Condition condition(Token open) {
    String key = open.key();
    boolean equals = open.separator() == '=';
    boolean negated = key.startsWith("not-");
    String base = negated ? key.substring(4) : key;
    if (equals) {
      switch (base) {
        case "aviable", "available" -> {
          return listed(open, text -> split(text, "\\|", false),
              (scope, modules) -> modules.contains(scope.page().module()) != negated);
        }
        case "group" -> {
          return listed(open, text -> split(text, ",", false),
              (scope, groups) -> groups.contains(Integer.toString(scope.page().userGroup())) != negated);
        }
        case "page-count" -> {
          return listed(open, IdRange::parseList,
              (scope, pages) -> IdRange.anyContains(pages, scope.page().pageNumber()) != negated);
        }
        case "news" -> {
          return listed(open, IdRange::parseList,
              (scope, ids) -> IdRange.anyContains(ids, scope.page().newsId()) != negated);
        }
        case "tags" -> {
          return listed(open, text -> split(text.toLowerCase(Locale.ROOT), ",", true),
              (scope, tags) -> tags.contains(scope.page().tag().toLowerCase(Locale.ROOT)) != negated);
        }
        case "category" -> {
          return listed(open, IdRange::parseList,
              (scope, ids) -> anyIn(scope.page().categories(), ids) != negated);
        }
        case "catlist" -> {
          return listed(open, IdRange::parseList,
              (scope, ids) -> anyIn(scope.item().categories(), ids) != negated);
        }
        case "newscount" -> {
          return listed(open, text -> split(text.strip(), ",", false),
              (scope, counts) -> counts.contains(Integer.toString(scope.position())) != negated);
        }
        case "static" -> {
          return listed(open, text -> split(text.replace(" ", ""), ",", false),
              (scope, names) -> (scope.page().module().equals("static")
                  && names.contains(scope.page().staticPage())) != negated);
        }
        default -> {}
      }
    }
    if (open.hasParams() && (base.equals("ifxfvalue") || base.equals("ifxfset") || base.equals("ifxfnotset"))) {
      return XfieldNodes.condition(base, open.params());
    }
    if (base.startsWith("xfgiven_") || base.startsWith("xfnotgiven_")) {
      return XfieldNodes.given(key, open.params());
    }
    Matcher image = IMAGE_BLOCK.matcher(open.name());
    if (!open.hasParams() && image.matches()) {
      int number = Integer.parseInt(image.group(2));
      boolean wanted = image.group(1) == null;
      return scope -> Node.Condition.of((scope.item().images().size() >= number) == wanted);
    }
    if (!open.hasParams()) {
      Node.Condition device = DeviceBlocks.condition(base, negated);
      if (device != null) {
        return device;
      }
      if (key.equals("script")) {
        return scope -> Node.Decision.DROP; // DLE moves its body into the page's on-load script
      }
      if (key.equals("not-news")) {
        return NotNews.CONDITION;
      }
      if (key.startsWith("banner_")) {
        return scope -> Node.Condition.of(scope.value(key).filter(value -> !value.isEmpty()).isPresent());
      }
    }
    String lookup = !open.hasParams() ? key
        : key + (equals ? "=" : " ") + open.params().strip().toLowerCase(Locale.ROOT);
    boolean known = open.hasParams()
        ? equals && (base.equals("custom") || base.equals("country") || base.equals("active-plugins"))
        : DleBlocks.ITEM.contains(base) || DleBlocks.PAGE.contains(base);
    String positive = lookup.startsWith("not-") ? lookup.substring(4) : "";
    if (!known) {
      return scope -> {
        Optional<Boolean> keep = scope.block(lookup, positive);
        return keep.isPresent() ? Node.Condition.of(keep.get()) : Node.Decision.LITERAL;
      };
    }
    return scope -> {
      Optional<Boolean> keep = scope.block(lookup, positive);
      return keep.isPresent() ? Node.Condition.of(keep.get()) : DleBlocks.withoutData(base, negated, scope);
    };
  }

  /** A condition on the tag's list parameter, parsed once unless it holds value tags. */
  private static <T> Node.Condition listed(Token open, Function<String, T> parse, BiPredicate<Scope, T> test) {
    Fragment fragment = Fragment.of(open.params());
    if (fragment.isConstant()) {
      T parsed = parse.apply(fragment.constant());
      return scope -> Node.Condition.of(test.test(scope, parsed));
    }
    return scope -> Node.Condition.of(test.test(scope, parse.apply(fragment.evaluate(scope))));
  }

  private static List<String> split(String text, String separator, boolean keepEmpty) {
    return Arrays.stream(text.split(separator, -1)).map(String::strip)
        .filter(part -> keepEmpty || !part.isEmpty()).toList();
  }

  private static boolean anyIn(List<Integer> categories, List<IdRange> ranges) {
    for (int category : categories) {
      if (IdRange.anyContains(ranges, category)) {
        return true;
      }
    }
    return false;
  }
}
