-- Each import of a return, recorded in the same transaction as the import and its audit row, so the
-- analyst (kestrel imports list|show), the web's returns page and a data-quality indicator can say later
-- what was loaded, from which files, by whom, what the store could not hold and what the rules found.
-- Findings and left-out rows are kept up to a cap (a broken return can hold one per child) with totals.

CREATE TABLE import_batch (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  id bigint GENERATED ALWAYS AS IDENTITY,
  kind text NOT NULL CHECK (kind IN ('903', 'cin', 'annexa')),
  collection_year integer CHECK (collection_year BETWEEN 2000 AND 2100),
  files jsonb NOT NULL,
  actor text NOT NULL,
  started_at timestamptz NOT NULL,
  finished_at timestamptz NOT NULL,
  accepted_errors boolean NOT NULL,
  stored jsonb NOT NULL,
  left_out jsonb NOT NULL,
  left_out_total integer NOT NULL CHECK (left_out_total >= 0),
  left_out_rows jsonb NOT NULL,
  errors integer NOT NULL CHECK (errors >= 0),
  queries integer NOT NULL CHECK (queries >= 0),
  findings jsonb NOT NULL,
  PRIMARY KEY (la_code, id),
  CHECK (finished_at >= started_at)
);
CREATE UNIQUE INDEX import_batch_id ON import_batch (id);
CREATE INDEX import_batch_started ON import_batch (la_code, started_at);
COMMENT ON TABLE import_batch IS 'One import of a statutory return: its files, who ran it and when, what was stored and left out, and the rule findings it carried.';
COMMENT ON COLUMN import_batch.la_code IS 'Council the return was imported into.';
COMMENT ON COLUMN import_batch.id IS 'Batch number, unique across the store (kestrel imports show ID).';
COMMENT ON COLUMN import_batch.kind IS 'The return: 903 (SSDA903), cin (CIN census) or annexa (Ofsted Annex A).';
COMMENT ON COLUMN import_batch.collection_year IS 'Collection year by its 31 March (2025 = 2024-25); null for Annex A, which has none.';
COMMENT ON COLUMN import_batch.files IS 'The files read: [{name, sha256, bytes}], name without its folder.';
COMMENT ON COLUMN import_batch.actor IS 'Who ran it, as the audit log names them (cli:<username>).';
COMMENT ON COLUMN import_batch.started_at IS 'When the import began (before reading the files).';
COMMENT ON COLUMN import_batch.finished_at IS 'When its transaction was about to commit.';
COMMENT ON COLUMN import_batch.accepted_errors IS 'True when run with --accept-errors: rows the store could not hold were left out instead of refusing the file.';
COMMENT ON COLUMN import_batch.stored IS 'Rows written per store table: {table: {inserted, updated, deleted}}.';
COMMENT ON COLUMN import_batch.left_out IS 'Rows left out per table: {table: count}.';
COMMENT ON COLUMN import_batch.left_out_total IS 'How many rows were left out in all.';
COMMENT ON COLUMN import_batch.left_out_rows IS 'The rows left out, up to the first 5,000: [{table, file, line, child, reason}].';
COMMENT ON COLUMN import_batch.errors IS 'Rule findings of severity error, in all.';
COMMENT ON COLUMN import_batch.queries IS 'Rule findings of severity query, in all.';
COMMENT ON COLUMN import_batch.findings IS 'The findings, up to the first 5,000: [{code, severity, table, file, line, child, fields, message}].';
