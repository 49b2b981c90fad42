package org.ortaq.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds image URLs in story HTML the way DLE's {@code {image-N}} does. */
final class ImageFinder {
  private static final Pattern IMAGE = Pattern.compile(
      "(?:src|img)=[\"']?([^\"'\\s>]+?\\.(?:jpe?g|gif|png|bmp|webp|avif|svg))(?=[\"'\\s>?#]|$)",
      Pattern.CASE_INSENSITIVE);

  private ImageFinder() {}

  static List<String> find(String html) {
    if (html.isEmpty()) {
      return List.of();
    }
    var images = new ArrayList<String>();
    Matcher matcher = IMAGE.matcher(html);
    while (matcher.find()) {
      String url = matcher.group(1);
      // DLE skips its spoiler icons and emoticons
      if (!url.contains("/dleimages/") && !url.contains("/emoticons/")) {
        images.add(url);
      }
    }
    return List.copyOf(images);
  }
}
