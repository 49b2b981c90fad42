package org.ortaq.organization;

import java.net.URI;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ortaq.error.Invalid;
import org.ortaq.text.Language;

/** Checks an organization's fields, all at once, and builds the stored form. */
final class OrganizationRules {
  /** First path segments of public URLs that an organization's slug may not take. */
  static final Set<String> RESERVED = Set.of("news", "category", "tags", "archive", "events", "decisions",
      "statements", "organizations", "search", "feed.rss", "feed.atom", "feed.json", "admin", "api", "theme",
      "uploads", "register", "calendar");
  private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

  private OrganizationRules() {}

  /** Merges {@code input} over {@code base} (null on create) and checks the result. */
  static NewOrganization check(OrganizationInput input, Organization base) {
    var errors = new ArrayList<Invalid.FieldError>();
    String slug = pick(input.slug(), base == null ? null : base.slug());
    if (slug == null || !slug.matches("[a-z0-9](?:[a-z0-9-]{0,98}[a-z0-9])?")) {
      errors.add(new Invalid.FieldError("slug", "use 1 to 100 lowercase letters, digits and hyphens"));
    } else if (RESERVED.contains(slug)) {
      errors.add(new Invalid.FieldError("slug", "'" + slug + "' is reserved for the site's own pages"));
    }
    String country = pick(input.country(), base == null ? null : base.country());
    country = country == null ? "" : country.toUpperCase(Locale.ROOT);
    if (!COUNTRIES.contains(country)) {
      errors.add(new Invalid.FieldError("country", "must be an ISO 3166 alpha-2 code such as AZ or TR"));
    }
    String city = pick(input.city(), base == null ? "" : base.city());
    String zoneText = pick(input.timeZone(), base == null ? null : base.timeZone().getId());
    ZoneId zone = ZoneId.of("UTC");
    try {
      zone = ZoneId.of(zoneText == null ? "" : zoneText);
    } catch (DateTimeException e) {
      errors.add(new Invalid.FieldError("time_zone", "must be an IANA time zone such as Asia/Baku"));
    }
    List<Language> languages = new ArrayList<>();
    List<String> codes = input.languages() != null ? input.languages()
        : base == null ? List.of() : base.languages().stream().map(Language::code).toList();
    for (int i = 0; i < codes.size(); i++) {
      int index = i;
      Language.of(codes.get(i)).ifPresentOrElse(l -> { if (!languages.contains(l)) { languages.add(l); } },
          () -> errors.add(new Invalid.FieldError("languages[" + index + "]", "unknown language '" + codes.get(index) + "'")));
    }
    if (codes.isEmpty()) {
      errors.add(new Invalid.FieldError("languages", "name at least one of az, tr, en, ru"));
    }
    String website = pick(input.website(), base == null ? "" : base.website());
    if (!website.isEmpty() && !webUrl(website)) {
      errors.add(new Invalid.FieldError("website", "must be an http(s) URL"));
    }
    String statusText = pick(input.status(), base == null ? "member" : base.status().code());
    MembershipStatus status = MembershipStatus.MEMBER;
    try {
      status = MembershipStatus.parse(statusText);
    } catch (IllegalArgumentException e) {
      errors.add(new Invalid.FieldError("status", "must be member, observer or partner"));
    }
    Map<Language, OrganizationText> texts = texts(input, base, errors);
    if (!errors.isEmpty()) {
      throw new Invalid(errors);
    }
    String logo = pick(input.logo(), base == null ? "" : base.logo());
    if (!logo.isEmpty() && !webUrl(logo) && !(logo.startsWith("/") && !logo.startsWith("//"))) {
      throw new Invalid("logo", "must be an http(s) URL or a path starting with /");
    }
    return new NewOrganization(slug, country, city.strip(), zone, languages, website, logo, status,
        base != null && base.sample(), texts);
  }

  private static Map<Language, OrganizationText> texts(OrganizationInput input, Organization base,
      List<Invalid.FieldError> errors) {
    Map<Language, OrganizationText> texts = new EnumMap<>(Language.class);
    if (base != null) {
      texts.putAll(base.texts());
    }
    if (input.names() != null) {
      texts.clear();
      input.names().forEach((code, name) -> Language.of(code).ifPresentOrElse(language -> {
        if (name == null || name.isBlank() || name.length() > 300) {
          errors.add(new Invalid.FieldError("names." + code, "must have 1 to 300 characters"));
        } else {
          String description = base != null && base.texts().containsKey(language) ? base.texts().get(language).description() : "";
          texts.put(language, new OrganizationText(name.strip(), description));
        }
      }, () -> errors.add(new Invalid.FieldError("names." + code, "unknown language '" + code + "'"))));
    }
    if (input.descriptions() != null) {
      input.descriptions().forEach((code, description) -> Language.of(code).ifPresentOrElse(language -> {
        OrganizationText text = texts.get(language);
        if (text == null) {
          errors.add(new Invalid.FieldError("descriptions." + code, "give a name in this language too"));
        } else if (description != null && description.length() > 5000) {
          errors.add(new Invalid.FieldError("descriptions." + code, "is longer than 5000 characters"));
        } else {
          texts.put(language, new OrganizationText(text.name(), description == null ? "" : description.strip()));
        }
      }, () -> errors.add(new Invalid.FieldError("descriptions." + code, "unknown language '" + code + "'"))));
    }
    if (texts.isEmpty() && errors.stream().noneMatch(e -> e.field().startsWith("names"))) {
      errors.add(new Invalid.FieldError("names", "give the organization's name in at least one language"));
    }
    return texts;
  }

  private static String pick(String value, String fallback) {
    return value != null ? value.strip() : fallback;
  }

  private static boolean webUrl(String value) {
    try {
      URI uri = URI.create(value);
      return ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme())) && uri.getHost() != null
          && value.length() <= 500;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
