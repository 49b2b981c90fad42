package org.ortaq.organization;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.ortaq.text.Language;

/** What it takes to create an organization. */
public record NewOrganization(
    String slug,
    String country,
    String city,
    ZoneId timeZone,
    List<Language> languages,
    String website,
    String logo,
    MembershipStatus status,
    boolean sample,
    Map<Language, OrganizationText> texts) {

  public NewOrganization {
    languages = List.copyOf(languages);
    texts = Map.copyOf(texts);
    if (!country.matches("[A-Z]{2}")) {
      throw new IllegalArgumentException("country must be an ISO 3166 alpha-2 code, got " + country);
    }
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("an organization needs a name in at least one language");
    }
  }
}
