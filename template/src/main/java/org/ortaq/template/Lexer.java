package org.ortaq.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits template text into tokens in one left-to-right pass, dropping {@code {* comments *}}.
 *
 * <p>A tag is {@code {name}}, {@code {name=params}} or {@code {name params}} (and the same with
 * square brackets, plus closing {@code [/name]}), on one line, with params of at most
 * {@value #LONGEST_PARAMS} characters that may hold nested value tags such as
 * {@code {custom category="{category-id}"}} or {@code [declination={vote-num}]}. Anything else is
 * text. A bracket right after {@code <!--} or {@code <!} is text too, so that IE conditional
 * comments ({@code <!--[if lt IE 9]>…<![endif]-->}) are never read as {@code [if]} blocks.
 */
final class Lexer {
  static final int LONGEST_PARAMS = 2000;

  private final String text;
  private final List<Token> tokens = new ArrayList<>();
  private int textStart;
  private boolean commentsClosed = true;

  private Lexer(String text) {
    this.text = text;
  }

  static List<Token> lex(String text) {
    var lexer = new Lexer(text);
    lexer.run();
    return lexer.tokens;
  }

  private void run() {
    int length = text.length();
    int i = 0;
    while (i < length) {
      char c = text.charAt(i);
      int next = -1;
      if (c == '{') {
        next = i + 1 < length && text.charAt(i + 1) == '*' ? comment(i) : tag(i, '{', '}');
      } else if (c == '[' && !afterCommentOpening(i)) {
        next = tag(i, '[', ']');
      }
      i = next < 0 ? i + 1 : next;
    }
    flushText(length);
  }

  /** Drops a comment; returns the index after it, or -1 when it is never closed (then it is text). */
  private int comment(int start) {
    if (!commentsClosed) {
      return -1;
    }
    int close = text.indexOf("*}", start + 2);
    if (close < 0) {
      commentsClosed = false; // no later comment can close either: keeps lexing linear
      return -1;
    }
    flushText(start);
    textStart = close + 2;
    return close + 2;
  }

  private boolean afterCommentOpening(int i) {
    return (i >= 2 && text.startsWith("<!", i - 2)) || (i >= 4 && text.startsWith("<!--", i - 4));
  }

  private int tag(int start, char open, char close) {
    int length = text.length();
    int i = start + 1;
    boolean closing = open == '[' && i < length && text.charAt(i) == '/';
    if (closing) {
      i++;
    }
    int nameStart = i;
    while (i < length && isNameChar(text.charAt(i), i == nameStart)) {
      i++;
    }
    if (i == nameStart || i >= length) {
      return -1;
    }
    String name = text.substring(nameStart, i);
    char c = text.charAt(i);
    char separator;
    int paramsStart;
    if (c == close) {
      return emit(start, i + 1, closing, open, name, (char) 0, "");
    } else if (c == '=' || c == ' ' || c == '\t') {
      separator = c == '=' ? '=' : ' ';
      paramsStart = i + 1;
    } else {
      return -1;
    }
    int end = paramsEnd(paramsStart, close);
    if (end < 0) {
      return -1;
    }
    String params = text.substring(paramsStart, end);
    return emit(start, end + 1, closing, open, name, separator, separator == ' ' ? params.strip() : params);
  }

  /** The index of the closing character, skipping nested {@code {…}}; -1 past a line end or the limit. */
  private int paramsEnd(int from, char close) {
    int length = text.length();
    int limit = Math.min(length, from + LONGEST_PARAMS);
    int nested = 0;
    for (int i = from; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        return -1;
      }
      if (c == '{') {
        if (nested > 0) {
          return -1;
        }
        nested++;
      } else if (c == '}' && nested > 0) {
        nested--;
      } else if (c == close && nested == 0) {
        return i;
      }
    }
    return -1;
  }

  private int emit(int start, int end, boolean closing, char open, String name, char separator, String params) {
    flushText(start);
    Token.Kind kind = open == '{' ? Token.Kind.VALUE : closing ? Token.Kind.CLOSE : Token.Kind.OPEN;
    tokens.add(new Token(kind, start, end, text.substring(start, end), name,
        name.toLowerCase(Locale.ROOT), separator, params));
    textStart = end;
    return end;
  }

  private void flushText(int end) {
    if (end > textStart) {
      tokens.add(new Token(Token.Kind.TEXT, textStart, end, text.substring(textStart, end), "", "", (char) 0, ""));
    }
    textStart = end;
  }

  /** Tag names: letters, digits, '_', '-', '.'; a name starts with a letter or '_'. */
  private static boolean isNameChar(char c, boolean first) {
    if (Character.isLetter(c) || c == '_') {
      return true;
    }
    return !first && (Character.isDigit(c) || c == '-' || c == '.');
  }
}
