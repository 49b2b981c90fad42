package org.ortaq.template;

import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Normalizes an {@code {include file="…"}} path as DLE's {@code cleanpath} and {@code totranslit}
 * do: backslashes become slashes, "." and ".." parts are resolved inside the theme, folder names
 * keep only letters, digits, '_' and '-', the file name is lower-cased and keeps only
 * {@code [a-z0-9_.-]} (whitespace becomes '-'). A path starting with {@code /templates/THEME/}
 * names this theme's root. (DLE also transliterates Cyrillic names; this drops such letters.)
 */
final class IncludePath {
  private IncludePath() {}

  static String normalize(String requested, String themeName) {
    String path = requested.strip().replace("\0", "").replace('\\', '/');
    String prefix = "/templates/" + themeName + "/";
    if (path.regionMatches(true, 0, prefix, 0, prefix.length())) {
      path = path.substring(prefix.length());
    } else if (path.startsWith("/templates/")) {
      return path.substring(1); // another theme's file: never inside this one
    }
    if (isScript(path)) {
      return path;
    }
    var parts = new ArrayDeque<String>();
    String[] pieces = path.split("/");
    for (int i = 0; i < pieces.length; i++) {
      String piece = pieces[i];
      if (piece.isEmpty() || piece.equals(".")) {
        continue;
      }
      if (piece.equals("..")) {
        parts.pollLast();
        continue;
      }
      boolean last = i == pieces.length - 1;
      String clean = last ? fileName(piece) : folderName(piece);
      if (!clean.isEmpty()) {
        parts.addLast(clean);
      }
    }
    return String.join("/", parts);
  }

  private static boolean isScript(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    return lower.endsWith(".php") || lower.contains(".php?");
  }

  private static String folderName(String piece) {
    return keep(piece, false);
  }

  private static String fileName(String piece) {
    String name = keep(piece.toLowerCase(Locale.ROOT), true);
    while (name.contains("..")) {
      name = name.replace("..", ".");
    }
    return name;
  }

  private static String keep(String piece, boolean dots) {
    var out = new StringBuilder(piece.length());
    for (int i = 0; i < piece.length(); i++) {
      char c = piece.charAt(i);
      if (Character.isWhitespace(c)) {
        c = '-';
      }
      boolean allowed = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || c == '_' || c == '-' || (dots && c == '.');
      if (allowed && !(c == '-' && out.length() > 0 && out.charAt(out.length() - 1) == '-')) {
        out.append(c);
      }
    }
    int start = 0;
    int end = out.length();
    while (start < end && out.charAt(start) == '-') {
      start++;
    }
    while (end > start && out.charAt(end - 1) == '-') {
      end--;
    }
    return out.substring(start, end);
  }
}
