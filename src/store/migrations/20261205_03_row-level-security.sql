-- Row-level security on the child-data tables, so that a read made on behalf of a user cannot return a
-- child outside their scope even when the code that made it forgot to check. Reads for a user run as
-- the role kestrel_reader (SET LOCAL ROLE inside src/access/actor.ts withActor): not a superuser and
-- not the tables' owner, so PostgreSQL applies the policies below to it (superusers and owners bypass
-- them, which is why the indicator engine, running as the owner, still counts every child). withActor
-- sets two transaction-local settings first, as the owner:
--   kestrel.actor_la          the actor's council
--   kestrel.visible_children  the ids visible_child_ids returned for the actor and action, as text[]
-- Without them (a forgotten withActor) the reader sees no child row at all: the policies fail closed.
-- The reader may also INSERT into audit_log, and nothing else there: no SELECT, UPDATE or DELETE.

-- Roles belong to the whole server, not to one database or schema: made once, kept when a schema is
-- dropped. A migrating user who may not create roles needs the DBA to create it first (docs/ACCESS.md).
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'kestrel_reader') THEN
    CREATE ROLE kestrel_reader NOLOGIN NOSUPERUSER NOINHERIT NOBYPASSRLS;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- another migration (a parallel test schema) made it in the meantime
END;
$$;

-- A migrating user who is not a superuser must be a member of the role to SET ROLE to it (granted here
-- unless a DBA did it already).
DO $$
BEGIN
  IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
     AND NOT pg_has_role(current_user, 'kestrel_reader', 'MEMBER') THEN
    EXECUTE format('GRANT kestrel_reader TO %I', current_user);
  END IF;
END;
$$;

DO $$
DECLARE
  t text;
BEGIN
  EXECUTE format('GRANT USAGE ON SCHEMA %I TO kestrel_reader', current_schema());
  -- Every table holding a child's data: child itself, and each table with a child_id column, except
  -- the audit log and the restriction tables (the reader never reads those; scope is worked out
  -- before it takes over).
  FOR t IN
    SELECT c.table_name FROM information_schema.columns c
      JOIN information_schema.tables tb ON tb.table_schema = c.table_schema AND tb.table_name = c.table_name
     WHERE c.table_schema = current_schema() AND c.column_name = 'child_id' AND tb.table_type = 'BASE TABLE'
       AND c.table_name NOT IN ('audit_log', 'child_restriction', 'child_restriction_user')
     ORDER BY 1
  LOOP
    EXECUTE format('GRANT SELECT ON %I TO kestrel_reader', t);
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    EXECUTE format(
      $p$CREATE POLICY %I ON %I FOR SELECT TO kestrel_reader
         USING (la_code = current_setting('kestrel.actor_la', true)
                AND child_id IN (SELECT unnest(nullif(current_setting('kestrel.visible_children', true), '')::text[])))$p$,
      t || '_within_scope', t);
  END LOOP;
END;
$$;

GRANT SELECT ON child TO kestrel_reader;
ALTER TABLE child ENABLE ROW LEVEL SECURITY;
-- The visible ids are unnested once per statement (a hashed subplan), not once per row.
CREATE POLICY child_within_scope ON child FOR SELECT TO kestrel_reader
  USING (la_code = current_setting('kestrel.actor_la', true)
         AND id IN (SELECT unnest(nullif(current_setting('kestrel.visible_children', true), '')::text[])));

-- The audit log is append-only for the reader: it may add rows (the record of what it read, in the
-- same transaction) but not read, change or delete any. The chain trigger reads and moves the chain
-- head, which the reader may not touch, so it runs with its owner's rights.
GRANT INSERT ON audit_log TO kestrel_reader;
DO $$
BEGIN
  EXECUTE format('GRANT USAGE ON SEQUENCE %s TO kestrel_reader', pg_get_serial_sequence('audit_log', 'id'));
END;
$$;
ALTER FUNCTION audit_log_chain() SECURITY DEFINER;

-- The operator of the kestrel command acts as `cli:<os user>` when no --as USER is given: not an account
-- (they already hold the data directory or the database password), so visible_child_ids gives them the
-- council-wide scopes their command's role grants, and never a restricted child (no one can name a
-- `cli:` actor on a restriction). Otherwise as 20261204_01.
CREATE OR REPLACE FUNCTION visible_child_ids(p_la_code text, p_user_id text, p_on date, p_recent_days integer, p_scopes text[])
RETURNS TABLE (child_id text) LANGUAGE sql STABLE AS $$
  WITH u AS (
    SELECT la_code, id, worker_id, team_id, service_id FROM app_user
     WHERE la_code = p_la_code AND id = p_user_id AND active
    UNION ALL
    SELECT la_code, p_user_id, NULL, NULL, NULL FROM council
     WHERE la_code = p_la_code AND p_user_id LIKE 'cli:%'
  ),
  recent AS (
    SELECT a.child_id, a.worker_id, a.team_id FROM allocation a, u
     WHERE a.la_code = u.la_code AND a.start_date <= p_on
       AND (a.end_date IS NULL OR a.end_date >= p_on - p_recent_days)
  ),
  scoped AS (
    SELECT r.child_id FROM recent r, u WHERE 'caseload' = ANY (p_scopes) AND r.worker_id = u.worker_id
    UNION
    SELECT r.child_id FROM recent r, u WHERE 'team' = ANY (p_scopes) AND r.team_id = u.team_id
    UNION
    SELECT r.child_id FROM recent r JOIN service_team st ON st.team_id = r.team_id JOIN u ON st.la_code = u.la_code AND st.service_id = u.service_id
     WHERE 'service' = ANY (p_scopes)
    UNION
    SELECT c.id FROM child c, u WHERE 'council' = ANY (p_scopes) AND c.la_code = u.la_code
  )
  SELECT s.child_id FROM scoped s, u
   WHERE NOT EXISTS (
     SELECT 1 FROM child_restriction cr
      WHERE cr.la_code = u.la_code AND cr.child_id = s.child_id AND cr.lifted_at IS NULL
        AND NOT EXISTS (SELECT 1 FROM child_restriction_user cru
                         WHERE cru.la_code = u.la_code AND cru.child_id = s.child_id AND cru.user_id = u.id))
$$;
