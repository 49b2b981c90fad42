package org.ortaq.web;

import io.javalin.config.RoutesConfig;
import java.util.List;
import java.util.Locale;
import org.ortaq.text.Language;

/** {@code /} redirects to the reader's language by Accept-Language (RFC 9110 §12.5.4), else az. */
public final class LanguageNegotiation implements Routes {

  @Override
  public void mount(RoutesConfig routes) {
    routes.get(
        "/",
        ctx -> {
          Language language = choose(ctx.header("Accept-Language"));
          ctx.header("Vary", "Accept-Language").redirect("/" + language.code() + "/");
        });
  }

  /** The best of Ortaq's languages for an Accept-Language header; az when none fits. */
  public static Language choose(String acceptLanguage) {
    if (acceptLanguage == null || acceptLanguage.isBlank()) {
      return Language.AZ;
    }
    try {
      List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(acceptLanguage);
      List<String> tags = Language.all().stream().map(Language::code).toList();
      String best = Locale.lookupTag(ranges, tags);
      return best == null ? Language.AZ : Language.parse(best);
    } catch (IllegalArgumentException e) {
      return Language.AZ;
    }
  }
}
