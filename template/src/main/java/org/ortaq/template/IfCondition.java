package org.ortaq.template;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code [if CONDITION]…[/if]} as DLE 18's {@code if_check}: the condition is lower-cased, split on
 * " or " (any part) or else on " and " (all parts); each part is {@code field OP value} with the
 * leftmost operator of {@code !~ ~ != = >= <= < >}, quotes around the value optional. List fields
 * (category, tags) make = and != mean contains; numbers compare as floats, dates through timestamps.
 */
record IfCondition(boolean any, List<Part> parts) implements Node.Condition {
  /** DLE's own pattern: the quotes around the value are optional on each side. */
  private static final Pattern PART =
      Pattern.compile("^(.+?)(!~|~|!=|=|>=|<=|<|>)\\s*['\"]?(.*?)['\"]?$", Pattern.DOTALL);

  /** One comparison; a part without an operator is never true. */
  record Part(String field, String operator, String value) {}

  static IfCondition parse(String condition) {
    String lower = condition.toLowerCase(Locale.ROOT);
    boolean any = lower.indexOf(" or ") > 0; // PHP's stripos() at 0 reads as false
    var parts = new ArrayList<Part>();
    for (String piece : lower.split(any ? " or " : " and ", -1)) {
      Matcher matcher = PART.matcher(piece.strip());
      if (matcher.matches()) {
        parts.add(new Part(matcher.group(1).strip(), matcher.group(2), matcher.group(3).strip()));
      } else {
        parts.add(new Part(piece.strip(), "", ""));
      }
    }
    return new IfCondition(any, List.copyOf(parts));
  }

  @Override
  public Node.Decision decide(Scope scope) {
    for (Part part : parts) {
      boolean matches = matches(part, scope);
      if (any && matches) {
        return Node.Decision.KEEP;
      }
      if (!any && !matches) {
        return Node.Decision.DROP;
      }
    }
    return Node.Condition.of(!any);
  }

  private static boolean matches(Part part, Scope scope) {
    if (part.operator().isEmpty()) {
      return false;
    }
    Optional<List<String>> list = IfFields.list(part.field(), scope.item());
    if (list.isPresent()) {
      return matchesList(part, list.get());
    }
    Optional<Instant> date = IfFields.date(part.field(), scope.item());
    if (date.isPresent()) {
      // DLE compares strtotime(date("Y-m-d H:i", field)) with strtotime(value) when it parses
      long left = Math.floorDiv(date.get().getEpochSecond(), 60) * 60;
      String right = XfieldNodes.parseDate(part.value(), scope.page().zone())
          .map(instant -> Long.toString(instant.getEpochSecond())).orElse(part.value());
      return compare(part.operator(), Long.toString(left), right, left, PhpNumbers.floatval(right));
    }
    String value = IfFields.value(part.field(), scope.item()).toLowerCase(Locale.ROOT);
    return compare(part.operator(), value, part.value(),
        PhpNumbers.floatval(value), PhpNumbers.floatval(part.value()));
  }

  private static boolean matchesList(Part part, List<String> values) {
    String wanted = part.value();
    return switch (part.operator()) {
      case "=" -> values.contains(wanted);
      case "!=" -> !values.contains(wanted);
      case "~" -> values.stream().anyMatch(value -> value.contains(wanted));
      case "!~" -> values.stream().noneMatch(value -> value.contains(wanted));
      default -> values.stream().anyMatch(value -> compare(part.operator(), value, wanted,
          PhpNumbers.floatval(value), PhpNumbers.floatval(wanted)));
    };
  }

  private static boolean compare(String operator, String left, String right, double leftNumber, double rightNumber) {
    return switch (operator) {
      case "=" -> looselyEqual(left, right);
      case "!=" -> !looselyEqual(left, right);
      case "~" -> left.contains(right);
      case "!~" -> !left.contains(right);
      case ">=" -> leftNumber >= rightNumber;
      case "<=" -> leftNumber <= rightNumber;
      case "<" -> leftNumber < rightNumber;
      default -> leftNumber > rightNumber;
    };
  }

  /** PHP 8's == between strings: numerically when both are numeric, else exactly. */
  private static boolean looselyEqual(String left, String right) {
    if (isNumeric(left) && isNumeric(right)) {
      return Double.parseDouble(left.strip()) == Double.parseDouble(right.strip());
    }
    return left.equals(right);
  }

  private static boolean isNumeric(String text) {
    return text.strip().matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");
  }

}
