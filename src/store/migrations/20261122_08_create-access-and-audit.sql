-- Users, sessions and the append-only audit log. Roles and their permissions are policy data in
-- src/access; the database holds who has which role and scope, and what they did.

CREATE TABLE app_user (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  id text NOT NULL,
  username text NOT NULL,
  display_name text NOT NULL,
  role text NOT NULL CHECK (role IN ('social_worker', 'team_manager', 'head_of_service', 'performance_analyst', 'quality_assurance', 'councillor', 'administrator')),
  team_id text,
  worker_id text,
  password_hash text,
  active boolean NOT NULL DEFAULT true,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (la_code, id),
  UNIQUE (username),
  FOREIGN KEY (la_code, team_id) REFERENCES team,
  FOREIGN KEY (la_code, worker_id) REFERENCES worker
);
COMMENT ON TABLE app_user IS 'Someone who signs in to Kestrel. Their role decides what they may do; their team or worker decides whose records they see.';
COMMENT ON COLUMN app_user.la_code IS 'Council the user works for.';
COMMENT ON COLUMN app_user.id IS 'Identifier.';
COMMENT ON COLUMN app_user.username IS 'Sign-in name, unique across the store.';
COMMENT ON COLUMN app_user.display_name IS 'Name shown in the interface and the audit log.';
COMMENT ON COLUMN app_user.role IS 'Role (permissions per role are in src/access/policies).';
COMMENT ON COLUMN app_user.team_id IS 'Team, for team-scoped roles.';
COMMENT ON COLUMN app_user.worker_id IS 'The worker record of a social worker, for caseload-scoped access.';
COMMENT ON COLUMN app_user.password_hash IS 'Argon2id hash for local sign-in; null when the council''s identity provider signs users in.';
COMMENT ON COLUMN app_user.active IS 'False once access is withdrawn; rows are kept for the audit trail.';
COMMENT ON COLUMN app_user.created_at IS 'When the account was made.';

CREATE TABLE user_session (
  id text PRIMARY KEY,
  la_code text NOT NULL,
  user_id text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  FOREIGN KEY (la_code, user_id) REFERENCES app_user ON DELETE CASCADE
);
COMMENT ON TABLE user_session IS 'A signed-in session; the cookie holds only the opaque id, so a session can be revoked at once.';
COMMENT ON COLUMN user_session.id IS 'Opaque random session id.';
COMMENT ON COLUMN user_session.la_code IS 'Council.';
COMMENT ON COLUMN user_session.user_id IS 'User.';
COMMENT ON COLUMN user_session.created_at IS 'Sign-in time.';
COMMENT ON COLUMN user_session.expires_at IS 'When the session lapses.';
COMMENT ON COLUMN user_session.revoked_at IS 'When it was signed out or revoked.';

CREATE TABLE audit_log (
  id bigint GENERATED ALWAYS AS IDENTITY,
  la_code text NOT NULL,
  at timestamptz NOT NULL DEFAULT now(),
  actor text NOT NULL,
  action text NOT NULL CHECK (action IN ('view', 'create', 'update', 'delete', 'import', 'export', 'sign_in', 'sign_out', 'denied', 'generate')),
  entity text NOT NULL,
  entity_id text,
  child_id text,
  detail jsonb,
  PRIMARY KEY (la_code, id)
);
CREATE INDEX audit_log_child ON audit_log (la_code, child_id, at);
COMMENT ON TABLE audit_log IS 'Append-only record of every view and change of a child''s record, every import and export, and every refused access.';
COMMENT ON COLUMN audit_log.id IS 'Sequence number.';
COMMENT ON COLUMN audit_log.la_code IS 'Council.';
COMMENT ON COLUMN audit_log.at IS 'When it happened.';
COMMENT ON COLUMN audit_log.actor IS 'User id, or the command that acted (e.g. cli:synth).';
COMMENT ON COLUMN audit_log.action IS 'What was done.';
COMMENT ON COLUMN audit_log.entity IS 'Kind of record (table name or report).';
COMMENT ON COLUMN audit_log.entity_id IS 'Which record.';
COMMENT ON COLUMN audit_log.child_id IS 'Child concerned, so a child''s access history can be listed.';
COMMENT ON COLUMN audit_log.detail IS 'What changed or was asked for (never the child''s data itself).';

-- The log is append-only: updates and deletes are refused at the database, whoever asks.
CREATE FUNCTION audit_log_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_refuse_change();
CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
  FOR EACH STATEMENT EXECUTE FUNCTION audit_log_refuse_change();
