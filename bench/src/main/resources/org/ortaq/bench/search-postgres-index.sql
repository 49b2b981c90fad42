-- PostgreSQL full-text search as a site would set it up: one 'turkish' configuration for every
-- row, tags stripped, a GIN index. Entities (&amp;) are left in: the generator escapes only & < >.
ALTER TABLE search_article ADD COLUMN document tsvector GENERATED ALWAYS AS (
  to_tsvector('turkish', title || ' ' || regexp_replace(html, '<[^>]*>', ' ', 'g'))) STORED;
CREATE INDEX search_article_document ON search_article USING gin (document);
ANALYZE search_article;
