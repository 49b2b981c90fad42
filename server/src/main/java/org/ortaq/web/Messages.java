package org.ortaq.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import org.ortaq.text.Language;

/** User-facing strings per language, from {@code i18n/messages_LANG.properties} in UTF-8. */
public final class Messages {
  private final Map<Language, Map<String, String>> bundles = new EnumMap<>(Language.class);

  public Messages() {
    for (Language language : Language.values()) {
      bundles.put(language, load(language));
    }
  }

  /** The string for {@code key} in {@code language}, else in English, else the key itself. */
  public String get(Language language, String key) {
    String value = bundles.get(language).get(key);
    if (value == null) {
      value = bundles.get(Language.EN).get(key);
    }
    return value == null ? key : value;
  }

  /** Every key and its string in {@code language}, English filling the gaps. */
  public Map<String, String> all(Language language) {
    var merged = new TreeMap<>(bundles.get(Language.EN));
    merged.putAll(bundles.get(language));
    return merged;
  }

  /** The keys of one bundle, for the test that all bundles agree. */
  public Map<String, String> bundle(Language language) {
    return bundles.get(language);
  }

  private static Map<String, String> load(Language language) {
    String name = "/i18n/messages_" + language.code() + ".properties";
    try (InputStream in = Messages.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing " + name);
      }
      var properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      var map = new TreeMap<String, String>();
      properties.stringPropertyNames().forEach(key -> map.put(key, properties.getProperty(key)));
      return Map.copyOf(map);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
