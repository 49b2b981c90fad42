-- The comparison corpus: the same published articles as Ortaq's SQLite database, as stored HTML.
DROP TABLE IF EXISTS search_article;
CREATE TABLE search_article (
  id BIGINT PRIMARY KEY,
  slug TEXT NOT NULL,
  language TEXT NOT NULL,
  title TEXT NOT NULL,
  html TEXT NOT NULL
);
