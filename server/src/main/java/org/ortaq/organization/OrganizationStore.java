package org.ortaq.organization;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jdbi.v3.core.Handle;
import org.ortaq.text.Language;

/** Reads and writes organizations; every statement it runs is in this file. */
public final class OrganizationStore {

  /** Inserts {@code organization} and its texts on {@code handle}; returns its id. */
  public long insert(Handle handle, NewOrganization organization, Instant now) {
    long id =
        handle
            .createQuery(
                """
                INSERT INTO organization (slug, country, city, time_zone, languages, website, logo,
                                          status, sample, created_at, updated_at)
                VALUES (:slug, :country, :city, :zone, :languages, :website, :logo, :status, :sample,
                        :now, :now)
                RETURNING id
                """)
            .bind("slug", organization.slug())
            .bind("country", organization.country())
            .bind("city", organization.city())
            .bind("zone", organization.timeZone().getId())
            .bind("languages", codes(organization.languages()))
            .bind("website", organization.website())
            .bind("logo", organization.logo())
            .bind("status", organization.status().code())
            .bind("sample", organization.sample())
            .bind("now", now.toEpochMilli())
            .mapTo(Long.class)
            .one();
    insertTexts(handle, id, organization);
    return id;
  }

  /** Replaces every field and text of organization {@code id}. */
  public void update(Handle handle, long id, NewOrganization organization, Instant now) {
    handle
        .createUpdate(
            """
            UPDATE organization SET slug = :slug, country = :country, city = :city, time_zone = :zone,
                   languages = :languages, website = :website, logo = :logo, status = :status,
                   updated_at = :now
            WHERE id = :id
            """)
        .bind("id", id)
        .bind("slug", organization.slug())
        .bind("country", organization.country())
        .bind("city", organization.city())
        .bind("zone", organization.timeZone().getId())
        .bind("languages", codes(organization.languages()))
        .bind("website", organization.website())
        .bind("logo", organization.logo())
        .bind("status", organization.status().code())
        .bind("now", now.toEpochMilli())
        .execute();
    handle.createUpdate("DELETE FROM organization_text WHERE organization_id = :id").bind("id", id).execute();
    insertTexts(handle, id, organization);
  }

  public void setTheme(Handle handle, long id, String theme) {
    handle.createUpdate("UPDATE organization SET theme = :theme WHERE id = :id").bind("id", id).bind("theme", theme).execute();
  }

  public void delete(Handle handle, long id) {
    handle.createUpdate("DELETE FROM organization WHERE id = :id").bind("id", id).execute();
  }

  public boolean slugTaken(Handle handle, String slug, long exceptId) {
    return handle.createQuery("SELECT COUNT(*) FROM organization WHERE slug = :slug AND id <> :id")
        .bind("slug", slug).bind("id", exceptId).mapTo(Long.class).one() > 0;
  }

  /** True when articles, events, decisions, statements or other records still point at it. */
  public boolean inUse(Handle handle, long id) {
    return handle.createQuery(
            """
            SELECT (SELECT COUNT(*) FROM article WHERE organization_id = :id)
                 + (SELECT COUNT(*) FROM event_organizer WHERE organization_id = :id)
                 + (SELECT COUNT(*) FROM decision WHERE proposer_id = :id)
                 + (SELECT COUNT(*) FROM decision_sponsor WHERE organization_id = :id)
                 + (SELECT COUNT(*) FROM decision_comment WHERE organization_id = :id)
                 + (SELECT COUNT(*) FROM ballot WHERE organization_id = :id)
                 + (SELECT COUNT(*) FROM action_item WHERE owner_id = :id)
                 + (SELECT COUNT(*) FROM joint_statement WHERE author_id = :id)
                 + (SELECT COUNT(*) FROM joint_statement_signatory WHERE organization_id = :id)
            """)
        .bind("id", id).mapTo(Long.class).one() > 0;
  }

  private void insertTexts(Handle handle, long id, NewOrganization organization) {
    var batch =
        handle.prepareBatch(
            """
            INSERT INTO organization_text (organization_id, language, name, description)
            VALUES (:id, :language, :name, :description)
            """);
    organization
        .texts()
        .forEach(
            (language, text) ->
                batch
                    .bind("id", id)
                    .bind("language", language.code())
                    .bind("name", text.name())
                    .bind("description", text.description())
                    .add());
    batch.execute();
  }

  public long count(Handle handle) {
    return handle.createQuery("SELECT COUNT(*) FROM organization").mapTo(Long.class).one();
  }

  /** Every organization, by slug. */
  public List<Organization> all(Handle handle) {
    return load(handle, "SELECT * FROM organization ORDER BY slug", Map.of());
  }

  public Optional<Organization> find(Handle handle, long id) {
    return load(handle, "SELECT * FROM organization WHERE id = :id", Map.of("id", id)).stream()
        .findFirst();
  }

  public Optional<Organization> findBySlug(Handle handle, String slug) {
    return load(handle, "SELECT * FROM organization WHERE slug = :slug", Map.of("slug", slug))
        .stream()
        .findFirst();
  }

  /** When the organization joined the platform: the date its search documents carry. */
  public Optional<Instant> joinedAt(Handle handle, long id) {
    return handle.createQuery("SELECT created_at FROM organization WHERE id = :id").bind("id", id)
        .mapTo(Long.class).findOne().map(Instant::ofEpochMilli);
  }

  private List<Organization> load(Handle handle, String sql, Map<String, Object> binds) {
    List<Map<String, Object>> rows = handle.createQuery(sql).bindMap(binds).mapToMap().list();
    if (rows.isEmpty()) {
      return List.of();
    }
    List<Long> ids = rows.stream().map(row -> ((Number) row.get("id")).longValue()).toList();
    Map<Long, Map<Language, OrganizationText>> texts = new LinkedHashMap<>();
    handle
        .createQuery(
            """
            SELECT organization_id, language, name, description FROM organization_text
            WHERE organization_id IN (<ids>)
            """)
        .bindList("ids", ids)
        .mapToMap()
        .forEach(
            row ->
                Language.of((String) row.get("language"))
                    .ifPresent(
                        language ->
                            texts
                                .computeIfAbsent(
                                    ((Number) row.get("organization_id")).longValue(),
                                    k -> new EnumMap<>(Language.class))
                                .put(
                                    language,
                                    new OrganizationText(
                                        (String) row.get("name"),
                                        (String) row.get("description")))));
    var result = new ArrayList<Organization>(rows.size());
    for (var row : rows) {
      long id = ((Number) row.get("id")).longValue();
      result.add(
          new Organization(
              id,
              (String) row.get("slug"),
              (String) row.get("country"),
              (String) row.get("city"),
              ZoneId.of((String) row.get("time_zone")),
              languages((String) row.get("languages")),
              (String) row.get("website"),
              (String) row.get("logo"),
              MembershipStatus.parse((String) row.get("status")),
              truthy(row.get("sample")),
              texts.getOrDefault(id, Map.of()),
              (String) row.get("theme")));
    }
    return result;
  }

  private static boolean truthy(Object value) {
    return value instanceof Boolean b ? b : value instanceof Number n && n.intValue() != 0;
  }

  private static String codes(List<Language> languages) {
    return languages.stream().map(Language::code).collect(Collectors.joining(","));
  }

  private static List<Language> languages(String codes) {
    return Arrays.stream(codes.split(","))
        .map(String::trim)
        .map(Language::of)
        .flatMap(Optional::stream)
        .toList();
  }
}
