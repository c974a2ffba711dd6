-- The catalogue: one row per dataset ever harvested, its search index, and the harvest's bookkeeping.

-- `record` is the unified record as harvested and classified (JSON); curator overrides are applied on read.
-- The flat columns beside it are what filters, facets and sorting need without parsing JSON.
CREATE TABLE datasets (
  rowid         INTEGER PRIMARY KEY,
  id            TEXT    NOT NULL UNIQUE,
  source        TEXT    NOT NULL,
  source_id     TEXT    NOT NULL,
  city          TEXT    NOT NULL,
  access        TEXT    NOT NULL,
  publisher_id  TEXT    NOT NULL,
  publisher_name TEXT   NOT NULL, -- JSON LocalizedText, for facet labels
  modified      TEXT,
  title_sort    TEXT    NOT NULL,
  record        TEXT    NOT NULL,
  content_hash  TEXT    NOT NULL,
  first_seen    TEXT    NOT NULL,
  last_seen     TEXT    NOT NULL,
  last_changed  TEXT    NOT NULL,
  -- set when a complete listing of the source first lacks this dataset; cleared when it comes back
  missing_since TEXT,
  -- set once missing for longer than the grace period: kept, but hidden from search
  withdrawn_at  TEXT
);
CREATE INDEX datasets_source ON datasets (source, source_id);

-- Effective areas (classification plus curator overrides) and formats, one row per value, for filters and facets.
CREATE TABLE dataset_areas (
  dataset_rowid INTEGER NOT NULL REFERENCES datasets (rowid) ON DELETE CASCADE,
  area          TEXT    NOT NULL,
  PRIMARY KEY (dataset_rowid, area)
) WITHOUT ROWID;
CREATE TABLE dataset_formats (
  dataset_rowid INTEGER NOT NULL REFERENCES datasets (rowid) ON DELETE CASCADE,
  format        TEXT    NOT NULL,
  PRIMARY KEY (dataset_rowid, format)
) WITHOUT ROWID;

-- Full-text index over pre-tokenised text (script-folded, CJK bigrams: see catalog/search/tokenize.ts).
-- Contentless: the text lives in datasets.record; the index only answers "which rows, how well".
CREATE VIRTUAL TABLE dataset_fts USING fts5 (
  title, description, keywords, publisher,
  content = '', contentless_delete = 1,
  tokenize = 'porter unicode61 remove_diacritics 2'
);

-- WGS84 bounding boxes for the map filter; rowid = datasets.rowid.
CREATE VIRTUAL TABLE dataset_bbox USING rtree (rowid, min_lon, max_lon, min_lat, max_lat);

-- Curator decisions on areas; keyed by dataset id so they outlive any re-harvest.
CREATE TABLE area_overrides (
  dataset_id TEXT NOT NULL,
  area       TEXT NOT NULL,
  effect     TEXT NOT NULL CHECK (effect IN ('add', 'remove')),
  curator    TEXT NOT NULL,
  note       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  PRIMARY KEY (dataset_id, area)
);

-- Records that failed validation: the raw payload and every reason, never half-written into datasets.
CREATE TABLE quarantine (
  source         TEXT NOT NULL,
  source_id      TEXT NOT NULL,
  raw            TEXT NOT NULL,
  errors         TEXT NOT NULL,
  run_id         INTEGER,
  quarantined_at TEXT NOT NULL,
  PRIMARY KEY (source, source_id)
);

CREATE TABLE harvest_runs (
  id          INTEGER PRIMARY KEY,
  source      TEXT NOT NULL,
  mode        TEXT NOT NULL,
  status      TEXT NOT NULL CHECK (status IN ('running', 'succeeded', 'failed')),
  started_at  TEXT NOT NULL,
  finished_at TEXT,
  result      TEXT
);
CREATE INDEX harvest_runs_source ON harvest_runs (source, started_at);
