package org.ortaq.organization;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.ortaq.text.Language;

/** A member, observer or partner organization of the network, with its texts per language. */
public record Organization(
    long id,
    String slug,
    String country,
    String city,
    ZoneId timeZone,
    List<Language> languages,
    String website,
    String logo,
    MembershipStatus status,
    boolean sample,
    Map<Language, OrganizationText> texts,
    String theme) {

  public Organization {
    languages = List.copyOf(languages);
    texts = Map.copyOf(texts);
    if (texts.isEmpty()) {
      throw new IllegalArgumentException("organization " + slug + " has no name");
    }
  }

  /** The name in {@code language}, else in the organization's first language, else any. */
  public String name(Language language) {
    return text(language).name();
  }

  public OrganizationText text(Language language) {
    OrganizationText text = texts.get(language);
    if (text != null) {
      return text;
    }
    for (Language own : languages) {
      if (texts.containsKey(own)) {
        return texts.get(own);
      }
    }
    return texts.values().iterator().next();
  }
}
