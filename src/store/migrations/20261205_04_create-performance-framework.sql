-- The performance framework (src/framework/): the council's list of measures with their targets, RAG bands
-- and layout, kept in versions with the date each takes effect, so that a scorecard for a past date uses
-- the framework in force then; and the commentary and actions written against a measure and a period.
-- Both are append-only: a new framework is a new version, a new comment a new row (nothing overwritten).

CREATE TABLE framework_version (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  version integer NOT NULL CHECK (version >= 1),
  name text NOT NULL,
  effective_from date NOT NULL,
  document jsonb NOT NULL,
  source_text text NOT NULL,
  source_name text NOT NULL,
  imported_at timestamptz NOT NULL DEFAULT now(),
  imported_by text NOT NULL,
  PRIMARY KEY (la_code, version)
);
COMMENT ON TABLE framework_version IS 'One version of a council''s performance framework. The version in force on a date is the one with the latest effective_from on or before it (the higher version when two share a date).';
COMMENT ON COLUMN framework_version.la_code IS 'Council whose framework this is.';
COMMENT ON COLUMN framework_version.version IS 'Version number, 1 upwards per council, in order of import.';
COMMENT ON COLUMN framework_version.name IS 'The framework''s title as its file gives it.';
COMMENT ON COLUMN framework_version.effective_from IS 'First date the version is in force.';
COMMENT ON COLUMN framework_version.document IS 'The validated framework (sections, indicators, targets, bands) as JSON, in the shape of src/framework/schema.ts.';
COMMENT ON COLUMN framework_version.source_text IS 'The file as imported (YAML or JSON), so export gives back what was written, comments included.';
COMMENT ON COLUMN framework_version.source_name IS 'Name of the imported file (its base name), or "default" for the framework Kestrel ships.';
COMMENT ON COLUMN framework_version.imported_at IS 'When it was imported.';
COMMENT ON COLUMN framework_version.imported_by IS 'Who imported it (a user id or the command).';

CREATE TABLE framework_commentary (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  id bigint GENERATED ALWAYS AS IDENTITY,
  indicator_id text NOT NULL,
  period text NOT NULL,
  period_to date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('comment', 'action')),
  text text NOT NULL CHECK (length(text) > 0),
  author text NOT NULL,
  written_at timestamptz NOT NULL DEFAULT now(),
  owner text,
  due date,
  PRIMARY KEY (la_code, id),
  CHECK (kind = 'action' OR (owner IS NULL AND due IS NULL))
);
COMMENT ON TABLE framework_commentary IS 'Comments and actions written about a measure for a reporting period (seed 001''s COMMENTS and ACTIONS). Append-only: a later entry for the same measure, period and kind replaces an earlier one on the scorecard, and both are kept.';
COMMENT ON COLUMN framework_commentary.la_code IS 'Council.';
COMMENT ON COLUMN framework_commentary.id IS 'Identifier, increasing in order of writing.';
COMMENT ON COLUMN framework_commentary.indicator_id IS 'Catalogue id of the measure commented on (docs/INDICATORS.md).';
COMMENT ON COLUMN framework_commentary.period IS 'Reporting period written for: a financial year (2024-25), a quarter (2024-25Q2) or a month (2025-03).';
COMMENT ON COLUMN framework_commentary.period_to IS 'Last day of the period, so that the latest entry on or before a scorecard''s date carries forward.';
COMMENT ON COLUMN framework_commentary.kind IS 'comment (what the figure shows and why) or action (what will be done).';
COMMENT ON COLUMN framework_commentary.text IS 'The comment or action as written.';
COMMENT ON COLUMN framework_commentary.author IS 'Who wrote it (a user id or name).';
COMMENT ON COLUMN framework_commentary.written_at IS 'When it was written.';
COMMENT ON COLUMN framework_commentary.owner IS 'Actions only: who is responsible for it.';
COMMENT ON COLUMN framework_commentary.due IS 'Actions only: when it is due.';

CREATE INDEX framework_commentary_by_indicator ON framework_commentary (la_code, indicator_id, period_to);

-- Nothing is overwritten: updates and deletes are refused at the database (a council's deletion still
-- cascades through the foreign key, which this row-level trigger does not see as a user's DELETE).
CREATE FUNCTION framework_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF pg_trigger_depth() > 1 THEN
    RETURN OLD;
  END IF;
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;
COMMENT ON FUNCTION framework_refuse_change() IS 'Refuses updates and deletes of framework versions and commentary (history is kept); allows the cascade when a council is deleted.';
CREATE TRIGGER framework_version_append_only BEFORE UPDATE OR DELETE ON framework_version
  FOR EACH ROW EXECUTE FUNCTION framework_refuse_change();
CREATE TRIGGER framework_commentary_append_only BEFORE UPDATE OR DELETE ON framework_commentary
  FOR EACH ROW EXECUTE FUNCTION framework_refuse_change();
