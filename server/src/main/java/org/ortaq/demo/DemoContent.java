package org.ortaq.demo;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ortaq.article.ArticleDraft;
import org.ortaq.article.ArticleService;
import org.ortaq.article.CategoryStore;
import org.ortaq.event.EventKind;
import org.ortaq.event.EventStore;
import org.ortaq.event.EventText;
import org.ortaq.event.NewEvent;
import org.ortaq.organization.MembershipStatus;
import org.ortaq.organization.NewOrganization;
import org.ortaq.organization.OrganizationPlaces;
import org.ortaq.organization.OrganizationStore;
import org.ortaq.organization.OrganizationText;
import org.ortaq.store.Database;
import org.ortaq.text.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Fills an empty database with the demo content: the seed article in az, tr and en, four sample
 * organizations, and the events of the seed's table. Everything goes in one transaction.
 */
public final class DemoContent {
  private static final Logger log = LoggerFactory.getLogger(DemoContent.class);
  private static final ZoneId BAKU = ZoneId.of("Asia/Baku");
  private static final ZoneId ISTANBUL = ZoneId.of("Europe/Istanbul");

  private final Database database;
  private final OrganizationStore organizations;
  private final ArticleService articles;
  private final CategoryStore categories;
  private final EventStore events;
  private final Clock clock;

  public DemoContent(
      Database database,
      OrganizationStore organizations,
      ArticleService articles,
      CategoryStore categories,
      EventStore events,
      Clock clock) {
    this.database = database;
    this.organizations = organizations;
    this.articles = articles;
    this.categories = categories;
    this.events = events;
    this.clock = clock;
  }

  /** Loads the demo content when the database has no organization yet; true when it did. */
  public boolean loadIfEmpty() {
    return database.inTransaction(
        handle -> {
          if (organizations.count(handle) > 0) {
            return false;
          }
          Instant now = clock.instant();
          List<Long> ids = new ArrayList<>();
          for (NewOrganization organization : SampleOrganizations.all()) {
            ids.add(organizations.insert(handle, organization, now));
          }
          List<OrganizationPlaces.Place> places = List.of(new OrganizationPlaces.Place(40.4093, 49.8671),
              new OrganizationPlaces.Place(41.0082, 28.9784), new OrganizationPlaces.Place(52.52, 13.405),
              new OrganizationPlaces.Place(29.7604, -95.3698));
          for (int i = 0; i < ids.size() && i < places.size(); i++) {
            OrganizationPlaces.locate(handle, ids.get(i), places.get(i));
          }
          long publisher = ids.get(0);
          Map<String, Long> categoryIds = new java.util.HashMap<>();
          for (var category : SampleCategories.all()) {
            categoryIds.put(category.slug(),
                categories.insert(handle, category.slug(), category.position(), category.names(), now));
          }
          long story = articles.importStory(handle, true);
          Instant published = ZonedDateTime.of(2024, 6, 16, 10, 0, 0, 0, BAKU).toInstant();
          for (Language language : List.of(Language.AZ, Language.TR, Language.EN)) {
            SeedArticle seed = SeedArticle.read(language);
            String html = seed.html();
            var draft = new ArticleDraft(language.code(), seed.title(), "", html, html, "Ortaq", "",
                List.of("diaspora", "cooperation"), SampleCategories.seedTags(language), 0);
            articles.importPublished(handle, publisher, story, draft, published);
          }
          for (NewEvent event : seedEvents(ids)) {
            events.insert(handle, event, now);
          }
          log.info("demo content loaded organizations={} articles=3 events={}", ids.size(), 7);
          return true;
        });
  }

  /** The events of the seed's table, plus the annual Shusha conference as a recurring series. */
  private static List<NewEvent> seedEvents(List<Long> organizers) {
    long baku = organizers.get(0);
    long istanbul = organizers.get(1);
    return List.of(
        event("2007-first-forum-baku", EventKind.FORUM, at(2007, 3, 9, BAKU), "Bakı", "AZ", "",
            List.of(baku),
            text("Azərbaycan və Türk diaspor təşkilatları rəhbərlərinin birinci forumu",
                "Azerbaycan ve Türk diaspora kuruluşları liderlerinin birinci forumu",
                "First forum of leaders of Azerbaijani and Turkish diaspora organizations")),
        event("2014-istanbul-conference", EventKind.CONFERENCE, at(2014, 11, 17, ISTANBUL),
            "İstanbul", "TR", "", List.of(istanbul),
            text("İstanbulda sərgi çərçivəsində beynəlxalq konfrans",
                "İstanbul'da sergi çerçevesinde uluslararası konferans",
                "International conference within an exhibition in Istanbul")),
        event("2021-shusha-declaration", EventKind.SIGNING, at(2021, 6, 15, BAKU), "Şuşa", "AZ", "",
            List.of(),
            text("Şuşa Bəyannaməsinin imzalanması", "Şuşa Beyannamesi'nin imzalanması",
                "Signing of the Shusha Declaration")),
        event("2022-shusha-conference", EventKind.CONFERENCE, at(2022, 6, 15, BAKU), "Şuşa", "AZ",
            "", List.of(baku),
            text("Şuşa Bəyannaməsinin birinci ildönümü: “Azərbaycan-Türkiyə strateji müttəfiqlik"
                    + " münasibətləri Qafqaz və region üçün sülh və sabitlik mənbəyidir”",
                "Şuşa Beyannamesi'nin birinci yıl dönümü: “Azerbaycan-Türkiye stratejik müttefiklik"
                    + " ilişkileri Kafkasya ve bölge için barış ve istikrar kaynağıdır”",
                "Shusha Declaration, 1st anniversary: “Azerbaijan–Türkiye strategic alliance"
                    + " relations are a source of peace and stability for the Caucasus and the"
                    + " region”")),
        event("2023-shusha-conference", EventKind.CONFERENCE, at(2023, 6, 15, BAKU), "Şuşa", "AZ",
            "", List.of(baku),
            text("Şuşa Bəyannaməsinin ikinci ildönümü: “Qurtuluşdan Zəfərə”",
                "Şuşa Beyannamesi'nin ikinci yıl dönümü: “Kurtuluştan Zafere”",
                "Shusha Declaration, 2nd anniversary: “From Salvation to Victory”")),
        event("2024-shusha-conference", EventKind.CONFERENCE, at(2024, 6, 15, BAKU), "Şuşa", "AZ",
            "", List.of(baku),
            text("“Türk Dövlətləri Təşkilatı: geosiyasi reallıqlar və qlobal kataklizmlər fonunda"
                    + " yeni strateji hədəflərə doğru”",
                "“Türk Devletleri Teşkilatı: jeopolitik gerçeklikler ve küresel kataklizmler"
                    + " arka planında yeni stratejik hedeflere doğru”",
                "“Organization of Turkic States: towards new strategic goals against the"
                    + " background of geopolitical realities and global cataclysms”")),
        event("annual-shusha-conference", EventKind.CONFERENCE, at(2025, 6, 15, BAKU), "Şuşa",
            "AZ", "FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=15", List.of(baku, istanbul),
            text("Şuşada illik konfrans (hər il 15 iyun)",
                "Şuşa'da yıllık konferans (her yıl 15 Haziran)",
                "Annual conference in Shusha (every 15 June)")));
  }

  private static ZonedDateTime at(int year, int month, int day, ZoneId zone) {
    return LocalDateTime.of(year, month, day, 10, 0).atZone(zone);
  }

  private static Map<Language, EventText> text(String az, String tr, String en) {
    return Map.of(
        Language.AZ, new EventText(az, ""),
        Language.TR, new EventText(tr, ""),
        Language.EN, new EventText(en, ""));
  }

  private static NewEvent event(
      String slug, EventKind kind, ZonedDateTime start, String city, String country,
      String rrule, List<Long> organizers, Map<Language, EventText> texts) {
    return new NewEvent(slug, kind, start, start.plusHours(8), "", city, country, rrule, true,
        texts, organizers);
  }
}
