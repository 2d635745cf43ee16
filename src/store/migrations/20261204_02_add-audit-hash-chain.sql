-- Makes the audit log tamper-evident: every row carries a SHA-256 over its content and the hash of the
-- row before it, in one chain for the whole store. A trigger fills both in as the row is inserted, so no
-- writer can forget; it locks the chain head row (FOR UPDATE, held to commit) so two transactions
-- writing at once cannot both link to the same predecessor and fork the chain. `kestrel audit verify`
-- recomputes the chain: an edited row breaks its own hash, a deleted one breaks the sequence.

CREATE TABLE audit_chain_head (
  singleton boolean PRIMARY KEY DEFAULT true CHECK (singleton),
  last_seq bigint NOT NULL,
  last_hash text NOT NULL
);
COMMENT ON TABLE audit_chain_head IS 'The end of the audit hash chain (one row): the last sequence number and hash, locked by each writer until it commits.';
COMMENT ON COLUMN audit_chain_head.singleton IS 'Always true: the table has one row.';
COMMENT ON COLUMN audit_chain_head.last_seq IS 'Chain sequence number of the last audit row written (0 before any).';
COMMENT ON COLUMN audit_chain_head.last_hash IS 'Hash of the last audit row written (64 zeros before any).';

ALTER TABLE audit_log ADD COLUMN chain_seq bigint;
ALTER TABLE audit_log ADD COLUMN prev_hash text;
ALTER TABLE audit_log ADD COLUMN row_hash text;
CREATE UNIQUE INDEX audit_log_chain_seq ON audit_log (chain_seq);
CREATE INDEX audit_log_actor ON audit_log (la_code, actor, at);
COMMENT ON COLUMN audit_log.chain_seq IS 'Position in the hash chain, without gaps (a gap is a deleted row).';
COMMENT ON COLUMN audit_log.prev_hash IS 'row_hash of the row before it in the chain.';
COMMENT ON COLUMN audit_log.row_hash IS 'SHA-256 (hex) over prev_hash and this row''s content (audit_row_hash).';

-- The hashed text: every column but the hashes, in a fixed order and format (timestamps in UTC to the
-- microsecond, jsonb in its canonical text), so the same row always gives the same hash on either store.
CREATE FUNCTION audit_row_hash(p_prev_hash text, p_seq bigint, p_la_code text, p_id bigint, p_at timestamptz,
  p_actor text, p_action text, p_entity text, p_entity_id text, p_child_id text, p_detail jsonb)
RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT encode(sha256(convert_to(concat_ws(chr(31),
    p_prev_hash, p_seq::text, p_la_code, p_id::text,
    to_char(p_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    p_actor, p_action, p_entity, coalesce(p_entity_id, chr(30)), coalesce(p_child_id, chr(30)),
    coalesce(p_detail::text, chr(30))), 'UTF8')), 'hex')
$$;
COMMENT ON FUNCTION audit_row_hash(text, bigint, text, bigint, timestamptz, text, text, text, text, text, jsonb) IS 'The hash an audit row carries: SHA-256 over the previous hash and the row''s content.';

CREATE FUNCTION audit_log_chain() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  head audit_chain_head%ROWTYPE;
BEGIN
  SELECT * INTO head FROM audit_chain_head FOR UPDATE;
  NEW.chain_seq := head.last_seq + 1;
  NEW.prev_hash := head.last_hash;
  NEW.row_hash := audit_row_hash(NEW.prev_hash, NEW.chain_seq, NEW.la_code, NEW.id, NEW.at, NEW.actor,
    NEW.action, NEW.entity, NEW.entity_id, NEW.child_id, NEW.detail);
  UPDATE audit_chain_head SET last_seq = NEW.chain_seq, last_hash = NEW.row_hash;
  RETURN NEW;
END;
$$;

-- Rows written before this migration join the chain in the order they were written.
DO $$
DECLARE
  r record;
  seq bigint := 0;
  prev text := repeat('0', 64);
BEGIN
  ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only;
  FOR r IN SELECT * FROM audit_log ORDER BY id LOOP
    seq := seq + 1;
    UPDATE audit_log SET chain_seq = seq, prev_hash = prev,
      row_hash = audit_row_hash(prev, seq, r.la_code, r.id, r.at, r.actor, r.action, r.entity, r.entity_id, r.child_id, r.detail)
     WHERE la_code = r.la_code AND id = r.id
     RETURNING row_hash INTO prev;
  END LOOP;
  ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only;
  INSERT INTO audit_chain_head (last_seq, last_hash) VALUES (seq, prev);
END;
$$;

ALTER TABLE audit_log ALTER COLUMN chain_seq SET NOT NULL;
ALTER TABLE audit_log ALTER COLUMN prev_hash SET NOT NULL;
ALTER TABLE audit_log ALTER COLUMN row_hash SET NOT NULL;

CREATE TRIGGER audit_log_chain BEFORE INSERT ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_chain();

-- Modifying the head is as much tampering as modifying the log: only the chain trigger moves it.
CREATE FUNCTION audit_chain_head_refuse_delete() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_chain_head cannot be deleted';
END;
$$;
CREATE TRIGGER audit_chain_head_keep BEFORE DELETE ON audit_chain_head
  FOR EACH ROW EXECUTE FUNCTION audit_chain_head_refuse_delete();
