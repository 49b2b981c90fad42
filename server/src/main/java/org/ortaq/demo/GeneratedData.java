package org.ortaq.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.ortaq.article.ArticleImport;
import org.ortaq.article.CategoryStore;
import org.ortaq.organization.MembershipStatus;
import org.ortaq.organization.NewOrganization;
import org.ortaq.organization.OrganizationStore;
import org.ortaq.organization.OrganizationText;
import org.ortaq.store.Database;
import org.ortaq.text.Language;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Generates realistic benchmark content: 50 organizations, the demo categories, and N articles in
 * all four languages, with translations, tags and shares. Sentences are drawn word by word with
 * Zipf's law ({@link ZipfWords}); one in {@value #SEED_SENTENCE_ODDS} is a seed text's sentence
 * verbatim, so that phrases from the seed texts can be searched. Deterministic for a given seed.
 * Written in batches of one transaction each.
 */
public final class GeneratedData {
  private static final Logger log = LoggerFactory.getLogger(GeneratedData.class);
  private static final int BATCH = 2_000;
  private static final int SEED_SENTENCE_ODDS = 20;
  private static final String[] COUNTRIES = {"AZ", "TR", "DE", "US", "GB", "FR", "NL", "RU", "UA", "KZ"};
  private static final String[] ZONES = {"Asia/Baku", "Europe/Istanbul", "Europe/Berlin", "America/New_York",
      "Europe/London", "Europe/Paris", "Europe/Amsterdam", "Europe/Moscow", "Europe/Kyiv", "Asia/Almaty"};

  private final Database database;
  private final OrganizationStore organizations;
  private final CategoryStore categories;
  private final ArticleImport articles;
  private final Clock clock;
  private final Map<Language, List<String>> sentences = new EnumMap<>(Language.class);
  private final Map<Language, ZipfWords> words = new EnumMap<>(Language.class);
  private final Map<Language, List<String>> tags = new EnumMap<>(Language.class);

  public GeneratedData(Database database, OrganizationStore organizations, CategoryStore categories,
      ArticleImport articles, Clock clock) {
    this.database = database;
    this.organizations = organizations;
    this.categories = categories;
    this.articles = articles;
    this.clock = clock;
    for (Language language : Language.values()) {
      sentences.put(language, sentences(language));
      words.put(language, new ZipfWords(language, sentences.get(language)));
      tags.put(language, SampleCategories.seedTags(language));
    }
  }

  /** Adds {@code count} articles (counting every language version) and returns how many were added. */
  public int generate(int count, long seed) {
    var random = new Random(seed);
    Instant now = clock.instant();
    List<Long> organizationIds = database.inTransaction(handle -> {
      var ids = new ArrayList<Long>();
      long existing = organizations.count(handle);
      for (int i = 0; i < 50; i++) {
        ids.add(organizations.insert(handle, organization(existing + i, random), now));
      }
      if (categories.all(handle).isEmpty()) {
        for (var category : SampleCategories.all()) {
          categories.insert(handle, category.slug(), category.position(), category.names(), now);
        }
      }
      return ids;
    });
    List<Long> categoryIds = database.read(handle -> categories.all(handle).stream().map(c -> c.id()).toList());
    int written = 0;
    long serial = now.toEpochMilli() % 1_000_000;
    while (written < count) {
      int target = Math.min(BATCH, count - written);
      long batchSerial = serial;
      int done = database.inTransaction(handle -> {
        int n = 0;
        long story = 0;
        while (n < target) {
          long organization = organizationIds.get(random.nextInt(organizationIds.size()));
          story = articles.story(handle, random.nextInt(4) == 0, now);
          Instant published = now.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 365 * 3)));
          List<Long> chosen = List.of(categoryIds.get(random.nextInt(categoryIds.size())));
          int versions = 1 + random.nextInt(Math.min(4, target - n));
          List<Language> languages = new ArrayList<>(Language.all());
          java.util.Collections.shuffle(languages, random);
          for (Language language : languages.subList(0, versions)) {
            String title = sentence(language, random);
            title = title.length() > 120 ? title.substring(0, title.lastIndexOf(' ', 120)) : title;
            String slug = org.ortaq.text.Slug.from(title) + "-" + (batchSerial + n);
            String lead = "<p>" + paragraph(language, random, 3) + "</p>";
            String body = lead + "<p>" + paragraph(language, random, 6) + "</p><p>" + paragraph(language, random, 5) + "</p>";
            List<String> tagList = List.of(tags.get(language).get(random.nextInt(tags.get(language).size())));
            articles.add(handle, story, organization, language, title, slug, lead, body, "Ortaq", chosen, tagList,
                published, true);
            n++;
          }
          if (random.nextInt(5) == 0) {
            articles.share(handle, story, organizationIds.get(random.nextInt(organizationIds.size())), now);
          }
        }
        return n;
      });
      written += done;
      serial += done;
      log.info("generated articles={} of {}", written, count);
    }
    return written;
  }

  private NewOrganization organization(long number, Random random) {
    int place = random.nextInt(COUNTRIES.length);
    String name = "Diaspora Network " + (number + 1);
    return new NewOrganization("generated-" + (number + 1), COUNTRIES[place], "City " + (number + 1),
        ZoneId.of(ZONES[place]), Language.all(), "", "",
        number % 7 == 0 ? MembershipStatus.OBSERVER : MembershipStatus.MEMBER, true,
        Map.of(Language.AZ, new OrganizationText("Diaspor Şəbəkəsi " + (number + 1), ""),
            Language.TR, new OrganizationText("Diaspora Ağı " + (number + 1), ""),
            Language.EN, new OrganizationText(name, ""),
            Language.RU, new OrganizationText("Диаспорная сеть " + (number + 1), "")));
  }

  private String sentence(Language language, Random random) {
    if (random.nextInt(SEED_SENTENCE_ODDS) == 0) {
      List<String> list = sentences.get(language);
      return list.get(random.nextInt(list.size()));
    }
    return words.get(language).sentence(random);
  }

  private String paragraph(Language language, Random random, int count) {
    var out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i == 0 ? "" : " ").append(escape(sentence(language, random)));
    }
    return out.toString();
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static List<String> sentences(Language language) {
    if (language == Language.RU) {
      return read("/demo/sentences.ru.txt").lines().filter(l -> !l.isBlank()).toList();
    }
    var out = new ArrayList<String>();
    for (String paragraph : SeedArticle.read(language).paragraphs()) {
      for (String sentence : paragraph.split("(?<=[.!?])\\s+")) {
        if (sentence.length() > 20) {
          out.add(sentence.strip());
        }
      }
    }
    return out;
  }

  private static String read(String resource) {
    try (InputStream in = GeneratedData.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
