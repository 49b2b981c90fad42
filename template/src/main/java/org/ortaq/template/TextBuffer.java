package org.ortaq.template;

import java.util.Arrays;

/**
 * A growable char array for the text passes of clean-and-cut. Unlike StringBuilder's
 * append(CharSequence, int, int), which copies a String range one char at a time, it copies runs
 * with {@link String#getChars}, a bulk copy.
 */
final class TextBuffer {
  private char[] chars;
  private int length;

  TextBuffer(int capacity) {
    chars = new char[Math.max(16, capacity)];
  }

  TextBuffer append(String text, int from, int to) {
    int count = to - from;
    if (count > 0) {
      ensure(count);
      text.getChars(from, to, chars, length);
      length += count;
    }
    return this;
  }

  TextBuffer append(char[] text, int from, int to) {
    int count = to - from;
    if (count > 0) {
      ensure(count);
      System.arraycopy(text, from, chars, length, count);
      length += count;
    }
    return this;
  }

  /** The characters, valid up to {@link #length()}. */
  char[] array() {
    return chars;
  }

  int length() {
    return length;
  }

  TextBuffer append(String text) {
    return append(text, 0, text.length());
  }

  TextBuffer append(char c) {
    ensure(1);
    chars[length++] = c;
    return this;
  }

  TextBuffer appendCodePoint(int codePoint) {
    if (Character.isBmpCodePoint(codePoint)) {
      return append((char) codePoint);
    }
    ensure(2);
    length += Character.toChars(codePoint, chars, length);
    return this;
  }

  @Override
  public String toString() {
    return new String(chars, 0, length);
  }

  private void ensure(int more) {
    if (length + more > chars.length) {
      chars = Arrays.copyOf(chars, Math.max(chars.length * 2, length + more));
    }
  }
}
