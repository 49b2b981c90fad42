-- The newsroom: categories, tags, sharing, images, users with API tokens, and the outbox.

CREATE TABLE category (
  id ${id},
  slug VARCHAR(100) NOT NULL UNIQUE,
  position INTEGER NOT NULL DEFAULT 0,
  created_at BIGINT NOT NULL
);

CREATE TABLE category_text (
  category_id BIGINT NOT NULL REFERENCES category (id) ON DELETE CASCADE,
  language VARCHAR(2) NOT NULL,
  name VARCHAR(200) NOT NULL,
  PRIMARY KEY (category_id, language)
);

ALTER TABLE article ADD COLUMN main_image VARCHAR(500) NOT NULL DEFAULT '';

CREATE TABLE article_category (
  article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  category_id BIGINT NOT NULL REFERENCES category (id),
  PRIMARY KEY (article_id, category_id)
);
CREATE INDEX article_category_by_category ON article_category (category_id);

-- Tags are kept as written; tag_key is the Turkic-lower-cased form used in URLs and lookups.
CREATE TABLE article_tag (
  article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  tag VARCHAR(100) NOT NULL,
  tag_key VARCHAR(100) NOT NULL,
  PRIMARY KEY (article_id, tag_key)
);
CREATE INDEX article_tag_by_key ON article_tag (tag_key);

-- Sharing is per story (translation group): to the joint front page and to named organizations.
ALTER TABLE article_group ADD COLUMN front_page BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE group_share (
  group_id BIGINT NOT NULL REFERENCES article_group (id) ON DELETE CASCADE,
  organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  shared_at BIGINT NOT NULL,
  PRIMARY KEY (group_id, organization_id)
);
CREATE INDEX group_share_by_organization ON group_share (organization_id);

CREATE TABLE app_user (
  id ${id},
  email VARCHAR(320) NOT NULL UNIQUE,
  display_name VARCHAR(200) NOT NULL,
  password_hash VARCHAR(300) NOT NULL DEFAULT '',
  platform_admin BOOLEAN NOT NULL DEFAULT FALSE,
  preferred_language VARCHAR(2) NOT NULL DEFAULT 'az',
  created_at BIGINT NOT NULL
);

CREATE TABLE membership (
  user_id BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  role VARCHAR(16) NOT NULL CHECK (role IN ('admin', 'editor', 'author', 'representative')),
  PRIMARY KEY (user_id, organization_id, role)
);

-- Only the SHA-256 of a token is kept; the token itself is shown once, at creation.
CREATE TABLE api_token (
  id ${id},
  user_id BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  name VARCHAR(200) NOT NULL,
  token_hash CHAR(64) NOT NULL UNIQUE,
  created_at BIGINT NOT NULL,
  revoked_at BIGINT
);

-- Every committed change, for cache invalidation and search indexing on every node.
CREATE TABLE outbox (
  id ${id},
  kind VARCHAR(40) NOT NULL,
  entity_id BIGINT NOT NULL,
  cache_keys TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE INDEX article_by_status_and_date ON article (status, published_at);
