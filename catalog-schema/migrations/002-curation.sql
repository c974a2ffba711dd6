-- Curation: curators (tokens stored hashed), collections of datasets, and an audit log of every change.

CREATE TABLE curators (
  name       TEXT PRIMARY KEY,
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  revoked_at TEXT
);

-- `document` is the collection as the API shows it (JSON); `version` increments on every write (the ETag).
CREATE TABLE collections (
  id         TEXT PRIMARY KEY,
  document   TEXT NOT NULL,
  version    INTEGER NOT NULL,
  created_by TEXT NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
);

CREATE TABLE audit_log (
  id        INTEGER PRIMARY KEY,
  at        TEXT NOT NULL,
  curator   TEXT NOT NULL,
  action    TEXT NOT NULL,
  target    TEXT NOT NULL,
  before    TEXT,
  after     TEXT
);
CREATE INDEX audit_log_target ON audit_log (target, id);
