-- Events get capacity, registrations and linked articles; joint decisions with ballots and action
-- items; joint statements with their co-signatories. Instants are BIGINT epoch milliseconds (UTC).

-- 0 means no limit.
ALTER TABLE event ADD COLUMN capacity INTEGER NOT NULL DEFAULT 0;

CREATE TABLE event_registration (
  id ${id},
  event_id BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  name VARCHAR(200) NOT NULL,
  email VARCHAR(320) NOT NULL,
  organization VARCHAR(300) NOT NULL DEFAULT '',
  status VARCHAR(16) NOT NULL CHECK (status IN ('confirmed', 'waiting')),
  created_at BIGINT NOT NULL,
  UNIQUE (event_id, email)
);

CREATE TABLE event_article (
  event_id BIGINT NOT NULL REFERENCES event (id) ON DELETE CASCADE,
  article_id BIGINT NOT NULL REFERENCES article (id) ON DELETE CASCADE,
  PRIMARY KEY (event_id, article_id)
);

CREATE TABLE decision (
  id ${id},
  proposer_id BIGINT NOT NULL REFERENCES organization (id),
  area VARCHAR(200) NOT NULL DEFAULT '',
  status VARCHAR(20) NOT NULL
    CHECK (status IN ('draft', 'discussion', 'voting', 'adopted', 'rejected', 'implementing', 'implemented')),
  rule VARCHAR(16) NOT NULL CHECK (rule IN ('majority', 'two_thirds', 'consensus')),
  quorum INTEGER NOT NULL,
  voting_closes_at BIGINT,
  number_year INTEGER,
  number_seq INTEGER,
  yes_votes INTEGER NOT NULL DEFAULT 0,
  no_votes INTEGER NOT NULL DEFAULT 0,
  abstentions INTEGER NOT NULL DEFAULT 0,
  eligible INTEGER NOT NULL DEFAULT 0,
  decided_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL,
  UNIQUE (number_year, number_seq)
);

-- The last register number given per year; the upsert on it serializes numbering on both databases.
CREATE TABLE decision_counter (
  year INTEGER PRIMARY KEY,
  last INTEGER NOT NULL
);

CREATE TABLE decision_text (
  decision_id BIGINT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
  language VARCHAR(2) NOT NULL,
  title VARCHAR(500) NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (decision_id, language)
);

CREATE TABLE decision_sponsor (
  decision_id BIGINT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
  organization_id BIGINT NOT NULL REFERENCES organization (id),
  PRIMARY KEY (decision_id, organization_id)
);

CREATE TABLE decision_comment (
  id ${id},
  decision_id BIGINT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
  organization_id BIGINT NOT NULL REFERENCES organization (id),
  author VARCHAR(200) NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

-- One ballot per organization and decision: a second one replaces the first (never counts twice).
CREATE TABLE ballot (
  decision_id BIGINT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
  organization_id BIGINT NOT NULL REFERENCES organization (id),
  choice VARCHAR(8) NOT NULL CHECK (choice IN ('yes', 'no', 'abstain')),
  statement TEXT NOT NULL DEFAULT '',
  cast_by VARCHAR(200) NOT NULL,
  cast_at BIGINT NOT NULL,
  PRIMARY KEY (decision_id, organization_id)
);

CREATE TABLE action_item (
  id ${id},
  decision_id BIGINT NOT NULL REFERENCES decision (id) ON DELETE CASCADE,
  owner_id BIGINT NOT NULL REFERENCES organization (id),
  title VARCHAR(500) NOT NULL,
  due_on VARCHAR(10) NOT NULL,
  status VARCHAR(16) NOT NULL CHECK (status IN ('open', 'in_progress', 'done')),
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE action_note (
  id ${id},
  action_item_id BIGINT NOT NULL REFERENCES action_item (id) ON DELETE CASCADE,
  author VARCHAR(200) NOT NULL,
  body TEXT NOT NULL,
  created_at BIGINT NOT NULL
);

CREATE TABLE joint_statement (
  id ${id},
  slug VARCHAR(200) NOT NULL UNIQUE,
  author_id BIGINT NOT NULL REFERENCES organization (id),
  status VARCHAR(16) NOT NULL CHECK (status IN ('signing', 'published')),
  deadline_at BIGINT NOT NULL,
  published_at BIGINT,
  created_at BIGINT NOT NULL,
  updated_at BIGINT NOT NULL
);

CREATE TABLE joint_statement_text (
  statement_id BIGINT NOT NULL REFERENCES joint_statement (id) ON DELETE CASCADE,
  language VARCHAR(2) NOT NULL,
  title VARCHAR(500) NOT NULL,
  body TEXT NOT NULL DEFAULT '',
  PRIMARY KEY (statement_id, language)
);

-- The drafting organization is a signatory from the start; invited ones sign until the deadline.
CREATE TABLE joint_statement_signatory (
  statement_id BIGINT NOT NULL REFERENCES joint_statement (id) ON DELETE CASCADE,
  organization_id BIGINT NOT NULL REFERENCES organization (id),
  invited_at BIGINT NOT NULL,
  signed_at BIGINT,
  signed_by VARCHAR(200) NOT NULL DEFAULT '',
  PRIMARY KEY (statement_id, organization_id)
);
CREATE INDEX joint_statement_signatory_by_organization ON joint_statement_signatory (organization_id);
CREATE INDEX ballot_by_organization ON ballot (organization_id);

-- Where an organization is, for the directory's map; both NULL when unknown.
ALTER TABLE organization ADD COLUMN latitude DOUBLE PRECISION;
ALTER TABLE organization ADD COLUMN longitude DOUBLE PRECISION;
