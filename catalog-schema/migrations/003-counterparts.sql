-- Counterparts computed at harvest time (catalog/counterparts/): each dataset's most similar datasets of
-- the other city and of its own, with score and reasons, served by /related and /twins without recomputing.

-- One row per dataset computed: the ranked list as JSON (other city first; each {id, city, score,
-- reasons, members}), its near-duplicate group, and, when the list is empty on purpose, why.
CREATE TABLE counterpart_sets (
  dataset_id    TEXT NOT NULL PRIMARY KEY,
  city          TEXT NOT NULL,
  group_id      TEXT NOT NULL,
  items         TEXT NOT NULL,
  empty_code    TEXT,
  empty_message TEXT
) WITHOUT ROWID;

-- Hong Kong ⇄ Shanghai pairs (each dataset's strongest other-city counterparts, either direction, once),
-- for /api/twins. shared_areas: ',mobility,living,' (the areas both have), for the area filter; reasons: the
-- pair as one encoded list item (catalog/counterparts/codec.ts).
CREATE TABLE counterpart_pairs (
  hong_kong_id TEXT NOT NULL,
  shanghai_id  TEXT NOT NULL,
  score        REAL NOT NULL,
  shared_areas TEXT NOT NULL,
  reasons      TEXT NOT NULL,
  PRIMARY KEY (hong_kong_id, shanghai_id)
) WITHOUT ROWID;
CREATE INDEX counterpart_pairs_score ON counterpart_pairs (score DESC);

-- Each dataset's strongest features (concepts `c:`, words `w:`, Han bigrams `h:`), to match a twins topic.
CREATE TABLE counterpart_features (
  feature    TEXT NOT NULL,
  dataset_id TEXT NOT NULL,
  weight     REAL NOT NULL,
  PRIMARY KEY (feature, dataset_id)
) WITHOUT ROWID;

-- What the stored counterparts were computed from, so an unchanged catalogue is not recomputed.
CREATE TABLE counterpart_state (
  key   TEXT NOT NULL PRIMARY KEY,
  value TEXT NOT NULL
) WITHOUT ROWID;
