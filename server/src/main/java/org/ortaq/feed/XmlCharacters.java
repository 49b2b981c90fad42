package org.ortaq.feed;

/**
 * Drops code points XML 1.0 forbids (C0 controls but tab and newlines, lone surrogates, U+FFFE,
 * U+FFFF): one stray control character pasted into an article must not take a feed down.
 */
final class XmlCharacters {
  private XmlCharacters() {}

  static String legal(String text) {
    if (text.codePoints().allMatch(XmlCharacters::isLegal)) {
      return text;
    }
    var out = new StringBuilder(text.length());
    text.codePoints().filter(XmlCharacters::isLegal).forEach(out::appendCodePoint);
    return out.toString();
  }

  // https://www.w3.org/TR/xml/#charsets, production [2] Char
  private static boolean isLegal(int c) {
    return c == 0x9
        || c == 0xA
        || c == 0xD
        || (c >= 0x20 && c <= 0xD7FF)
        || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
  }
}
