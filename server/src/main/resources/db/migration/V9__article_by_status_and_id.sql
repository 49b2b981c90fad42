-- Published articles in id order, a page after a given id (the search index's rebuild, feeds of
-- everything): with only (status, published_at), SQLite read every published row's index entry and
-- sorted them for each page, so a rebuild of 1,000,000 articles spent most of its time here.
CREATE INDEX article_by_status_and_id ON article (status, id);
