package org.ortaq.organization;

import java.util.List;
import java.util.Map;

/**
 * An organization as the API receives it; on update, absent (null) fields keep their value.
 * Checked by {@link OrganizationRules}.
 */
public record OrganizationInput(
    String slug,
    Map<String, String> names,
    Map<String, String> descriptions,
    String country,
    String city,
    String timeZone,
    List<String> languages,
    String website,
    String logo,
    String status) {}
