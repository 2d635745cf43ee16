-- Recording at the point of entry (src/recording/): each child carries a version that every
-- recorded change bumps in the same transaction as the change and its audit row. A form or API call
-- sends the version it was read at; a change made on an older version is refused with what changed
-- since (optimistic concurrency), so two people changing the same child never overwrite each other.

CREATE TABLE record_version (
  la_code text NOT NULL,
  child_id text NOT NULL,
  version integer NOT NULL DEFAULT 0 CHECK (version >= 0),
  changed_at timestamptz NOT NULL DEFAULT now(),
  changed_by text NOT NULL,
  PRIMARY KEY (la_code, child_id),
  FOREIGN KEY (la_code, child_id) REFERENCES child (la_code, id) ON DELETE CASCADE
);
COMMENT ON TABLE record_version IS 'The version of each child''s record, bumped by every change recorded through the forms or the API; a child never changed that way has no row (version 0).';
COMMENT ON COLUMN record_version.la_code IS 'Council the child belongs to.';
COMMENT ON COLUMN record_version.child_id IS 'The child whose record this version counts.';
COMMENT ON COLUMN record_version.version IS 'Number of changes recorded for the child; a change submitted at an older version is refused unless confirmed.';
COMMENT ON COLUMN record_version.changed_at IS 'When the latest change was recorded.';
COMMENT ON COLUMN record_version.changed_by IS 'Who recorded the latest change (app_user id or service account), as in audit_log.actor.';
