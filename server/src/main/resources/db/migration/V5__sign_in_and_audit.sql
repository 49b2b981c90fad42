-- Sign-in: sessions, invitations, and the audit log of every change.

-- Only the SHA-256 of a session id is kept; the id itself lives in the browser's cookie.
CREATE TABLE user_session (
  id_hash CHAR(64) PRIMARY KEY,
  user_id BIGINT NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
  csrf_token VARCHAR(64) NOT NULL,
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL
);
CREATE INDEX user_session_by_user ON user_session (user_id);

CREATE TABLE invitation (
  id ${id},
  token_hash CHAR(64) NOT NULL UNIQUE,
  organization_id BIGINT NOT NULL REFERENCES organization (id) ON DELETE CASCADE,
  email VARCHAR(320) NOT NULL,
  role VARCHAR(16) NOT NULL CHECK (role IN ('admin', 'editor', 'author', 'representative')),
  invited_by BIGINT NOT NULL REFERENCES app_user (id),
  created_at BIGINT NOT NULL,
  expires_at BIGINT NOT NULL,
  accepted_at BIGINT
);

CREATE TABLE audit_log (
  id ${id},
  user_id BIGINT NOT NULL,
  user_name VARCHAR(200) NOT NULL,
  organization_id BIGINT,
  action VARCHAR(60) NOT NULL,
  entity_kind VARCHAR(40) NOT NULL,
  entity_id BIGINT NOT NULL,
  before_json TEXT NOT NULL DEFAULT '',
  after_json TEXT NOT NULL DEFAULT '',
  created_at BIGINT NOT NULL
);
CREATE INDEX audit_log_by_organization ON audit_log (organization_id, created_at);
CREATE INDEX audit_log_by_time ON audit_log (created_at);
