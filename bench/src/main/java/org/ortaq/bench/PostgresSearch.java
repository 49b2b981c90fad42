package org.ortaq.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The PostgreSQL side of the comparison: a query against {@code search_article.document} (built by
 * search-postgres-index.sql with the {@code turkish} configuration), ranked by {@code ts_rank}.
 * {@code websearch_to_tsquery} reads the box as typed (words ANDed, quoted phrases); a single word
 * ending in {@code *} becomes a {@code to_tsquery} prefix, since websearch syntax has none.
 */
final class PostgresSearch implements AutoCloseable {
  private static final String WEBSEARCH = """
      SELECT slug FROM search_article, websearch_to_tsquery('turkish', ?) AS query
      WHERE document @@ query ORDER BY ts_rank(document, query) DESC, id LIMIT ?
      """;
  private static final String PREFIX = """
      SELECT slug FROM search_article, to_tsquery('turkish', ?) AS query
      WHERE document @@ query ORDER BY ts_rank(document, query) DESC, id LIMIT ?
      """;

  private final PreparedStatement websearch;
  private final PreparedStatement prefix;

  PostgresSearch(Connection connection) throws SQLException {
    this.websearch = connection.prepareStatement(WEBSEARCH);
    this.prefix = connection.prepareStatement(PREFIX);
  }

  /** The slugs of the best {@code limit} articles for {@code text}, best first. */
  List<String> search(String text, int limit) throws SQLException {
    PreparedStatement statement;
    String word = text.strip();
    if (word.endsWith("*") && !word.contains(" ") && word.length() > 1) {
      statement = prefix;
      statement.setString(1, "'" + word.substring(0, word.length() - 1).replace("'", "") + "':*");
    } else {
      statement = websearch;
      statement.setString(1, text);
    }
    statement.setInt(2, limit);
    var slugs = new ArrayList<String>();
    try (ResultSet rows = statement.executeQuery()) {
      while (rows.next()) {
        slugs.add(rows.getString(1));
      }
    }
    return slugs;
  }

  @Override
  public void close() throws SQLException {
    websearch.close();
    prefix.close();
  }
}
