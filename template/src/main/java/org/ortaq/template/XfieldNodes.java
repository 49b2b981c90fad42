package org.ortaq.template;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.DateTimeException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extra-field tags: {@code [xfvalue_X…]} values and the {@code xfgiven}/{@code ifxf…} conditions. */
final class XfieldNodes {
  private static final Pattern PARAMETER = Pattern.compile("([a-z-]+)\\s*=\\s*['\"](.*?)['\"]", Pattern.CASE_INSENSITIVE);
  private static final Pattern IMAGE_TAG = Pattern.compile("<img\\b[^>]*>", Pattern.CASE_INSENSITIVE);
  private static final Pattern SRC = Pattern.compile("\\bsrc\\s*=\\s*['\"]([^'\"]*)['\"]", Pattern.CASE_INSENSITIVE);
  private static final Pattern ALT = Pattern.compile("\\balt\\s*=\\s*['\"]([^'\"]*)['\"]", Pattern.CASE_INSENSITIVE);
  private static final Pattern IFXFVALUE =
      Pattern.compile("^\\s*(\\S+?)\\s*(!=|=)\\s*['\"](.+?)['\"]", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern FIELDS = Pattern.compile("fields\\s*=\\s*['\"](.*?)['\"]", Pattern.CASE_INSENSITIVE);

  /** Which part of a field a value tag shows. */
  enum Part {
    VALUE,
    IMAGE_URL,
    THUMB_URL,
    DESCRIPTION,
    GALLERY_IMAGE,
    GALLERY_URL,
    GALLERY_DESCRIPTION
  }

  private XfieldNodes() {}

  /** {@code [xfvalue_NAME]}, with limit="N", format="FMT", image="K" and the image_url_ variants. */
  static Node value(Token token, Compiler compiler) {
    if (token.key().startsWith("profile_xfvalue_")) {
      String key = token.key();
      return (scope, out) -> out.append(scope.value(key).orElse(""));
    }
    String name = token.key().substring("xfvalue_".length());
    Part part = Part.VALUE;
    for (var prefix : Map.of("image_url_", Part.IMAGE_URL, "thumb_url_", Part.THUMB_URL,
        "image_description_", Part.DESCRIPTION).entrySet()) {
      if (name.startsWith(prefix.getKey()) && name.length() > prefix.getKey().length()) {
        part = prefix.getValue();
      }
    }
    if (!token.hasParams()) {
      return new FieldValue(name, part, 0);
    }
    Matcher parameter = PARAMETER.matcher(token.params());
    if (!parameter.find()) {
      return new FieldValue(name, part, 0);
    }
    String argument = parameter.group(2);
    switch (parameter.group(1).toLowerCase(Locale.ROOT)) {
      case "limit" -> {
        int limit = compiler.limit(token).orElse(0);
        if (!compiler.firstVariant(token.key(), token.raw())) {
          return new Node.Text(token.raw());
        }
        return (scope, out) -> out.append(TextLimit.clean(field(scope, name).orElse(""), limit));
      }
      case "format" -> {
        return new FieldDate(name, argument);
      }
      case "image" -> {
        return new FieldValue(name, Part.GALLERY_IMAGE, (int) PhpNumbers.intval(argument));
      }
      case "image-url", "image-thumb-url" -> {
        return new FieldValue(name, Part.GALLERY_URL, (int) PhpNumbers.intval(argument));
      }
      case "image-description" -> {
        return new FieldValue(name, Part.GALLERY_DESCRIPTION, (int) PhpNumbers.intval(argument));
      }
      default -> {
        return new FieldValue(name, part, 0);
      }
    }
  }

  /** A field's value, or a part of an image field; nothing when the field is unknown. */
  record FieldValue(String name, Part part, int index) implements Node {
    @Override
    public void render(Scope scope, StringBuilder out) {
      Optional<String> own = field(scope, name);
      if (part == Part.VALUE || own.isPresent() && part.ordinal() <= Part.DESCRIPTION.ordinal()) {
        own.ifPresent(out::append); // a field that is literally named "image_url_x" wins
        return;
      }
      String field = switch (part) {
        case IMAGE_URL -> name.substring("image_url_".length());
        case THUMB_URL -> name.substring("thumb_url_".length());
        case DESCRIPTION -> name.substring("image_description_".length());
        default -> name;
      };
      List<String> images = images(field(scope, field).orElse(""));
      int wanted = part.ordinal() >= Part.GALLERY_IMAGE.ordinal() ? index : 1;
      if (wanted < 1 || wanted > images.size()) {
        return;
      }
      String image = images.get(wanted - 1);
      switch (part) {
        case GALLERY_IMAGE -> out.append(image);
        case DESCRIPTION, GALLERY_DESCRIPTION -> out.append(attribute(ALT, image));
        default -> out.append(attribute(SRC, image));
      }
    }
  }

  /** {@code [xfvalue_NAME format="FMT"]}: a date field in a PHP date format. */
  record FieldDate(String name, String format) implements Node {
    @Override
    public void render(Scope scope, StringBuilder out) {
      Optional<String> value = field(scope, name);
      if (value.isEmpty()) {
        return;
      }
      Optional<Instant> instant = parseDate(value.get(), scope.page().zone());
      if (instant.isEmpty()) {
        out.append(value.get());
        return;
      }
      PageContext page = scope.page();
      try {
        out.append(page.languagePack().localise(PhpDate.format(format, instant.get(), page.zone()), page.declineDates()));
      } catch (DateTimeException e) {
        out.append(value.get()); // beyond the years a calendar can show
      }
    }
  }

  /** {@code [xfgiven_X]} / {@code [xfnotgiven_X]}, optionally {@code image="K"} for a gallery. */
  static Node.Condition given(String key, String params) {
    boolean negated = key.startsWith("xfnotgiven_");
    String name = key.substring(negated ? "xfnotgiven_".length() : "xfgiven_".length());
    Matcher parameter = PARAMETER.matcher(params);
    if (parameter.find()) {
      int index = (int) PhpNumbers.intval(parameter.group(2));
      return scope -> Node.Condition.of(
          (images(field(scope, name).orElse("")).size() >= index && index >= 1) != negated);
    }
    return scope -> Node.Condition.of(isSet(field(scope, name).orElse("")) != negated);
  }

  /** {@code [ifxfvalue NAME="a,b"]}, {@code [ifxfset fields="a,b"]}, {@code [ifxfnotset fields="…"]}. */
  static Node.Condition condition(String base, String params) {
    if (base.equals("ifxfvalue")) {
      Matcher matcher = IFXFVALUE.matcher(params);
      if (!matcher.find()) {
        return scope -> Node.Decision.LITERAL;
      }
      String name = matcher.group(1).toLowerCase(Locale.ROOT);
      boolean negated = matcher.group(2).equals("!=");
      List<String> wanted = Arrays.stream(matcher.group(3).strip().split(",", -1)).map(String::strip).toList();
      return scope -> {
        String value = field(scope, name).orElse("");
        boolean found = wanted.contains(value.strip());
        for (String element : value.split(",")) {
          found |= wanted.contains(element.strip());
        }
        return Node.Condition.of(found != negated);
      };
    }
    Matcher matcher = FIELDS.matcher(params);
    if (!matcher.find()) {
      return scope -> Node.Decision.LITERAL;
    }
    List<String> names = Arrays.stream(matcher.group(1).split(",")).map(String::strip)
        .filter(n -> !n.isEmpty()).map(n -> n.toLowerCase(Locale.ROOT)).toList();
    boolean wantSet = base.equals("ifxfset");
    return scope -> {
      for (String name : names) {
        if (isSet(field(scope, name).orElse("")) != wantSet) {
          return Node.Decision.DROP;
        }
      }
      return Node.Decision.KEEP;
    };
  }

  static Optional<String> field(Scope scope, String lowerCaseName) {
    return Optional.ofNullable(scope.item().xfields().get(lowerCaseName));
  }

  private static boolean isSet(String value) {
    String trimmed = value.strip();
    return !trimmed.isEmpty() && !trimmed.equalsIgnoreCase("<p><br></p>");
  }

  private static List<String> images(String html) {
    var images = new ArrayList<String>();
    Matcher matcher = IMAGE_TAG.matcher(html);
    while (matcher.find()) {
      images.add(matcher.group());
    }
    if (images.isEmpty() && !html.isBlank() && !html.contains("<")) {
      images.add("<img src=\"" + html.strip() + "\" alt=\"\">"); // a field holding a bare URL
    }
    return images;
  }

  private static String attribute(Pattern pattern, String tag) {
    Matcher matcher = pattern.matcher(tag);
    return matcher.find() ? matcher.group(1) : "";
  }

  /** A date: ISO date-time, "yyyy-MM-dd[ HH:mm[:ss]]" in the given zone, or a Unix timestamp. */
  static Optional<Instant> parseDate(String value, ZoneId zone) {
    String text = value.strip();
    try {
      if (PhpNumbers.isInteger(text)) {
        return Optional.of(Instant.ofEpochSecond(PhpNumbers.intval(text)));
      }
      if (text.endsWith("Z") || text.matches(".*[+-]\\d\\d:\\d\\d$")) {
        return Optional.of(OffsetDateTime.parse(text).toInstant());
      }
      String iso = text.replace(' ', 'T');
      if (iso.length() == 10) {
        iso += "T00:00";
      }
      return Optional.of(LocalDateTime.parse(iso).atZone(zone).toInstant());
    } catch (DateTimeException | ArithmeticException e) {
      return Optional.empty();
    }
  }
}
