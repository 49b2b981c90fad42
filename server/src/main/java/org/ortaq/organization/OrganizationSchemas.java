package org.ortaq.organization;

import java.util.List;
import java.util.Map;

/** JSON Schemas of the organization API, for the OpenAPI document. */
final class OrganizationSchemas {
  private static final Map<String, Object> TEXTS = Map.of("type", "object",
      "description", "language code (az, tr, en, ru) → text", "additionalProperties", Map.of("type", "string"));

  static final Map<String, Object> ORGANIZATION = Map.of("type", "object", "properties", Map.ofEntries(
      Map.entry("id", Map.of("type", "integer")), Map.entry("slug", Map.of("type", "string")),
      Map.entry("names", TEXTS), Map.entry("descriptions", TEXTS),
      Map.entry("country", Map.of("type", "string", "description", "ISO 3166 alpha-2")),
      Map.entry("city", Map.of("type", "string")), Map.entry("time_zone", Map.of("type", "string")),
      Map.entry("languages", Map.of("type", "array", "items", Map.of("type", "string"))),
      Map.entry("website", Map.of("type", "string")), Map.entry("logo", Map.of("type", "string")),
      Map.entry("status", Map.of("type", "string", "enum", List.of("member", "observer", "partner"))),
      Map.entry("sample", Map.of("type", "boolean")), Map.entry("url", Map.of("type", "string"))));

  static final Map<String, Object> INPUT = Map.of("type", "object", "properties", Map.ofEntries(
      Map.entry("slug", Map.of("type", "string")), Map.entry("names", TEXTS), Map.entry("descriptions", TEXTS),
      Map.entry("country", Map.of("type", "string")), Map.entry("city", Map.of("type", "string")),
      Map.entry("time_zone", Map.of("type", "string")),
      Map.entry("languages", Map.of("type", "array", "items", Map.of("type", "string"))),
      Map.entry("website", Map.of("type", "string")), Map.entry("logo", Map.of("type", "string")),
      Map.entry("status", Map.of("type", "string", "enum", List.of("member", "observer", "partner")))),
      "additionalProperties", false);

  static final Map<String, Object> LIST = Map.of("type", "object", "properties", Map.of(
      "items", Map.of("type", "array", "items", Map.of("$ref", "#/components/schemas/Organization")),
      "page", Map.of("type", "integer"), "per_page", Map.of("type", "integer"),
      "total", Map.of("type", "integer"), "pages", Map.of("type", "integer")));

  private OrganizationSchemas() {}
}
