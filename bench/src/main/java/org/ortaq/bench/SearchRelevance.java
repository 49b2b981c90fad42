package org.ortaq.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ortaq.Search;
import org.ortaq.Services;
import org.ortaq.demo.DemoContent;
import org.ortaq.event.EventStore;
import org.ortaq.search.SearchQuery;
import org.ortaq.store.Database;
import org.ortaq.text.Language;

/**
 * Scores Ortaq's search and PostgreSQL's {@code turkish} full-text search on the same small corpus:
 * the demo content (seed article in az, tr, en) plus search-fixture.tsv, loaded into a fresh SQLite
 * database the way Ortaq stores it, indexed by Ortaq's own indexer, and copied row for row into
 * PostgreSQL. A judgment is right when all its expected articles are in the engine's top 5.
 *
 * <p>Usage: {@code SearchRelevance WORK_DIR JDBC_URL JUDGMENTS_FILE}
 */
public final class SearchRelevance {
  private static final int TOP = 5;
  private static final Instant FIXTURE_DATE = Instant.parse("2024-06-10T08:00:00Z");

  private record Judgment(String query, List<String> expected, String pitfall) {}

  private SearchRelevance() {}

  public static void main(String[] args) throws IOException, SQLException {
    Path work = Path.of(args[0]);
    String postgresUrl = args[1];
    List<Judgment> judgments = judgments(Path.of(args[2]));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    deleteTree(work);
    Files.createDirectories(work);
    Clock clock = Clock.systemUTC();

    try (Database database = Database.open("jdbc:sqlite:" + work.resolve("ortaq.db"), "", "")) {
      Services services = Services.create(database, clock);
      new DemoContent(database, services.organizationStore(), services.articles(), services.categoryStore(),
          new EventStore(), clock).loadIfEmpty();
      addFixture(database, services);
      Map<String, String> names = articleNames(database);
      copyToPostgres(database, postgresUrl);

      List<List<String>> ortaq = new ArrayList<>();
      try (Search search = Search.open(work, database, services, clock)) {
        int indexed = search.indexer().rebuild().documents();
        out.printf(Locale.ROOT, "corpus: %d articles (demo seed az/tr/en + fixture), %d documents with the demo events%n",
            names.size(), indexed);
        for (Judgment judgment : judgments) {
          // PostgreSQL holds the articles only, so Ortaq searches its articles only (the demo's
          // events, 15 of them about Şuşa, would otherwise push the seed article out of the top 5)
          var query = new SearchQuery(judgment.query(), Optional.empty(), Optional.empty(), Optional.empty(),
              Optional.of("article"), Optional.empty(), Optional.empty(), Optional.empty(), 1, 10);
          ortaq.add(search.searcher().search(query).hits().stream()
              .limit(TOP)
              .map(hit -> names.get(hit.url().substring(hit.url().lastIndexOf('/') + 1)))
              .toList());
        }
      }
      List<List<String>> postgres = new ArrayList<>();
      try (var connection = DriverManager.getConnection(postgresUrl);
          var search = new PostgresSearch(connection)) {
        connection.createStatement().execute("SET search_path = relevance");
        for (Judgment judgment : judgments) {
          postgres.add(search.search(judgment.query(), TOP).stream().map(names::get).toList());
        }
      }
      report(out, "ortaq", judgments, ortaq);
      report(out, "postgres", judgments, postgres);
    }
  }

  private static void report(PrintStream out, String engine, List<Judgment> judgments, List<List<String>> results) {
    int right = 0;
    var misses = new ArrayList<String>();
    for (int i = 0; i < judgments.size(); i++) {
      Judgment judgment = judgments.get(i);
      List<String> top = results.get(i);
      List<String> missing = judgment.expected().stream().filter(e -> !top.contains(e)).toList();
      if (missing.isEmpty()) {
        right++;
      } else {
        misses.add(String.format(Locale.ROOT, "  MISS %s: %s (%s) — missing %s; top %d: %s", engine,
            judgment.query(), judgment.pitfall(), missing, TOP, top));
      }
    }
    out.printf(Locale.ROOT, "RESULT engine=%s right=%d of=%d%n", engine, right, judgments.size());
    misses.forEach(out::println);
  }

  private static void addFixture(Database database, Services services) {
    List<String[]> rows = fixture();
    database.inTransaction(handle -> {
      long organization = handle.createQuery("SELECT MIN(id) FROM organization").mapTo(Long.class).one();
      for (String[] row : rows) {
        long story = services.articleImport().story(handle, false, FIXTURE_DATE);
        String html = "<p>" + row[3] + "</p>";
        services.articleImport().add(handle, story, organization, Language.parse(row[1]), row[2], row[0], html,
            html, "Ortaq", List.of(), List.of(), FIXTURE_DATE, false);
      }
      return rows.size();
    });
  }

  /** Slug to the name judgments use: the fixture's slug, or seed-{language} for the demo's seed article. */
  private static Map<String, String> articleNames(Database database) {
    var fixtureSlugs = fixture().stream().map(row -> row[0]).toList();
    var names = new HashMap<String, String>();
    database.read(handle -> handle.createQuery("SELECT slug, language FROM article WHERE status = 'published'")
        .map((row, context) -> Map.entry(row.getString("slug"), row.getString("language")))
        .list()).forEach(entry -> names.put(entry.getKey(),
            fixtureSlugs.contains(entry.getKey()) ? entry.getKey() : "seed-" + entry.getValue()));
    return names;
  }

  /** The same rows, as stored, into PostgreSQL schema {@code relevance}, indexed as in the big runs. */
  private static void copyToPostgres(Database database, String url) throws SQLException {
    var rows = database.read(handle -> handle.createQuery(
            "SELECT id, slug, language, title, full_story FROM article WHERE status = 'published'")
        .map((row, context) -> new String[] {Long.toString(row.getLong("id")), row.getString("slug"),
            row.getString("language"), row.getString("title"), row.getString("full_story")})
        .list());
    try (var connection = DriverManager.getConnection(url); var statement = connection.createStatement()) {
      statement.execute("DROP SCHEMA IF EXISTS relevance CASCADE");
      statement.execute("CREATE SCHEMA relevance");
      statement.execute("SET search_path = relevance");
      statement.execute(resource("search-postgres-schema.sql"));
      try (var insert = connection.prepareStatement(
          "INSERT INTO search_article (id, slug, language, title, html) VALUES (?, ?, ?, ?, ?)")) {
        for (String[] row : rows) {
          insert.setLong(1, Long.parseLong(row[0]));
          for (int i = 1; i < 5; i++) {
            insert.setString(i + 1, row[i]);
          }
          insert.addBatch();
        }
        insert.executeBatch();
      }
      statement.execute(resource("search-postgres-index.sql"));
    }
  }

  private static List<String[]> fixture() {
    return resource("search-fixture.tsv").lines()
        .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("slug\t"))
        .map(line -> line.split("\t"))
        .toList();
  }

  private static List<Judgment> judgments(Path file) throws IOException {
    return Files.readAllLines(file, StandardCharsets.UTF_8).stream()
        .filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith("query\t"))
        .map(line -> line.split("\t"))
        .map(f -> new Judgment(f[0], Arrays.asList(f[1].split(",")), f.length > 2 ? f[2] : ""))
        .toList();
  }

  static String resource(String name) {
    try (InputStream in = SearchRelevance.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (var paths = Files.walk(dir)) {
      for (Path path : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
