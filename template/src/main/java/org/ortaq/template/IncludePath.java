package org.ortaq.template;

import java.util.ArrayDeque;
import java.util.Locale;

/**
 * Normalizes an {@code {include file="…"}} or {@code {custom template="…"}} path as DLE's
 * {@code cleanpath} and {@code totranslit} do ({@link Transliteration}): backslashes become
 * slashes, "." and ".." parts are resolved inside the theme, folder names are transliterated but
 * keep their case, the file name is lower-cased and transliterated. A path starting with
 * {@code /templates/THEME/} names this theme's root.
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
    return Transliteration.folderName(piece);
  }

  private static String fileName(String piece) {
    return Transliteration.fileName(piece);
  }
}
