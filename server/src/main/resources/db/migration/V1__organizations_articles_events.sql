-- One set of migrations for SQLite and PostgreSQL; ${id} is the dialect's auto-increment key.
-- Instants are stored as BIGINT milliseconds since the epoch, in UTC, on both databases.

CREATE TABLE organization (
  id ${id},
  slug VARCHAR(100) NOT NULL UNIQUE,
  country CHAR(2) NOT NULL,
  city VARCHAR(200) NOT NULL DEFAULT '',
  time_zone VARCHAR(64) NOT NULL,
  languages VARCHAR(64) NOT NULL,
  website VARCHAR(500) NOT NULL DEFAULT '',
  logo VARCHAR(500) NOT NULL DEFAULT '',
  status VARCHAR(16) NOT NULL CHECK (status IN ('member', 'observer', 'partner')),
  sample BOOLEAN NOT NULL DEFAULT FALSE,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE organization_text (
  organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  language VARCHAR(2) NOT NULL,
  name VARCHAR(300) NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (organization_id, language)
);

-- The versions of one article in several languages share a group.
CREATE TABLE article_group (
  id ${id},
  created_at BIGINT NOT NULL
);

CREATE TABLE article (
  id ${id},
  group_id BIGINT NOT NULL REFERENCES article_group (id),
  organization_id BIGINT NOT NULL REFERENCES organization (id),
  language VARCHAR(2) NOT NULL,
  slug VARCHAR(200) NOT NULL,
  title VARCHAR(500) NOT NULL,
  short_story TEXT NOT NULL,
  full_story TEXT NOT NULL,
  status VARCHAR(16) NOT NULL
    CHECK (status IN ('draft', 'review', 'scheduled', 'published', 'archived')),
  author VARCHAR(200) NOT NULL DEFAULT '',
  published_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  views BIGINT NOT NULL DEFAULT 0,
  UNIQUE (language, slug),
  UNIQUE (group_id, language)
);

CREATE INDEX article_by_language_and_date ON article (language, status, published_at);
CREATE INDEX article_by_organization ON article (organization_id, language, published_at);

CREATE TABLE event (
  id ${id},
  slug VARCHAR(200) NOT NULL UNIQUE,
  kind VARCHAR(16) NOT NULL
    CHECK (kind IN ('forum', 'conference', 'exhibition', 'meeting', 'online', 'signing')),
  starts_at BIGINT NOT NULL,
  ends_at BIGINT NOT NULL,
  time_zone VARCHAR(64) NOT NULL,
  venue_name VARCHAR(300) NOT NULL DEFAULT '',
  city VARCHAR(200) NOT NULL DEFAULT '',
  country CHAR(2) NOT NULL DEFAULT '',
  address VARCHAR(500) NOT NULL DEFAULT '',
  latitude DOUBLE PRECISION,
  longitude DOUBLE PRECISION,
  online_url VARCHAR(500) NOT NULL DEFAULT '',
  rrule VARCHAR(500) NOT NULL DEFAULT '',
  sample BOOLEAN NOT NULL DEFAULT FALSE,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  CHECK (ends_at >= starts_at)
);

CREATE INDEX event_by_start ON event (starts_at);

CREATE TABLE event_text (
  event_id BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  language VARCHAR(2) NOT NULL,
  title VARCHAR(500) NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (event_id, language)
);

CREATE TABLE event_organizer (
  event_id BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  organization_id BIGINT NOT NULL REFERENCES organization (id),
  PRIMARY KEY (event_id, organization_id)
);
