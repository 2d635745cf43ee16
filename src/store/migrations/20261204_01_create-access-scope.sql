-- Who may see which child: services (groups of teams a head of service runs), restricted records, and
-- the account state local sign-in needs (lockout, sessions kept as hashes, service-account tokens). The
-- policy itself (which role has which scope for which action) is data in src/access/policy.ts; the
-- function visible_child_ids turns a scope into child ids, so every read can go through it.

CREATE TABLE service (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  PRIMARY KEY (la_code, id)
);
COMMENT ON TABLE service IS 'A service of the council (e.g. children in care, safeguarding): the teams one head of service runs.';
COMMENT ON COLUMN service.la_code IS 'Council.';
COMMENT ON COLUMN service.id IS 'Service identifier, unique within the council.';
COMMENT ON COLUMN service.name IS 'Service name as staff know it.';

CREATE TABLE service_team (
  la_code text NOT NULL,
  service_id text NOT NULL,
  team_id text NOT NULL,
  PRIMARY KEY (la_code, service_id, team_id),
  FOREIGN KEY (la_code, service_id) REFERENCES service ON DELETE CASCADE,
  FOREIGN KEY (la_code, team_id) REFERENCES team ON DELETE CASCADE
);
COMMENT ON TABLE service_team IS 'The teams in a service: a head of service sees the children allocated to these teams.';
COMMENT ON COLUMN service_team.la_code IS 'Council.';
COMMENT ON COLUMN service_team.service_id IS 'Service.';
COMMENT ON COLUMN service_team.team_id IS 'Team in the service.';

ALTER TABLE app_user ADD COLUMN service_id text;
ALTER TABLE app_user ADD FOREIGN KEY (la_code, service_id) REFERENCES service;
ALTER TABLE app_user ADD COLUMN additional_roles text[] NOT NULL DEFAULT '{}'
  CHECK (additional_roles <@ ARRAY['social_worker', 'team_manager', 'head_of_service', 'performance_analyst', 'quality_assurance', 'councillor', 'administrator']::text[]);
ALTER TABLE app_user ADD COLUMN service_account boolean NOT NULL DEFAULT false;
ALTER TABLE app_user ADD COLUMN failed_sign_ins integer NOT NULL DEFAULT 0 CHECK (failed_sign_ins >= 0);
ALTER TABLE app_user ADD COLUMN first_failed_sign_in_at timestamptz;
ALTER TABLE app_user ADD COLUMN locked_until timestamptz;
COMMENT ON COLUMN app_user.role IS 'Main role (what each role may do is the policy table in src/access/policy.ts, printed in docs/ACCESS.md).';
COMMENT ON COLUMN app_user.service_id IS 'Service, for a head of service (scope: the teams of the service).';
COMMENT ON COLUMN app_user.additional_roles IS 'Further roles held as well as the main one (e.g. an administrator who is also a team manager); permissions are the union.';
COMMENT ON COLUMN app_user.service_account IS 'An integration rather than a person: signs in only with API tokens, never a password.';
COMMENT ON COLUMN app_user.failed_sign_ins IS 'Failed password attempts since first_failed_sign_in_at (reset by a success or when the window passes).';
COMMENT ON COLUMN app_user.first_failed_sign_in_at IS 'Start of the current window of failed attempts (lockout after 5 within 15 minutes).';
COMMENT ON COLUMN app_user.locked_until IS 'Sign-in refused until this time after repeated failures.';

ALTER TABLE user_session ADD COLUMN last_seen_at timestamptz NOT NULL DEFAULT now();
ALTER TABLE user_session ADD COLUMN address text;
COMMENT ON COLUMN user_session.id IS 'SHA-256 (hex) of the session token; the token itself is only in the cookie, so a copy of the table opens no session.';
COMMENT ON COLUMN user_session.expires_at IS 'Absolute end of the session (12 hours after sign-in), however active.';
COMMENT ON COLUMN user_session.last_seen_at IS 'Last use; the session lapses after 30 minutes without one.';
COMMENT ON COLUMN user_session.address IS 'Network address the sign-in came from.';

CREATE TABLE api_token (
  token_hash text PRIMARY KEY,
  la_code text NOT NULL,
  user_id text NOT NULL,
  role text NOT NULL CHECK (role IN ('social_worker', 'team_manager', 'head_of_service', 'performance_analyst', 'quality_assurance', 'councillor', 'administrator')),
  label text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  revoked_at timestamptz,
  FOREIGN KEY (la_code, user_id) REFERENCES app_user ON DELETE CASCADE,
  CHECK (expires_at > created_at)
);
COMMENT ON TABLE api_token IS 'A token an integration (service account) presents instead of a session; shown once when made, stored only as a hash.';
COMMENT ON COLUMN api_token.token_hash IS 'SHA-256 (hex) of the token.';
COMMENT ON COLUMN api_token.la_code IS 'Council.';
COMMENT ON COLUMN api_token.user_id IS 'The service account the token belongs to.';
COMMENT ON COLUMN api_token.role IS 'The one role the token acts with.';
COMMENT ON COLUMN api_token.label IS 'What the token is for, for the administrator who lists them.';
COMMENT ON COLUMN api_token.created_at IS 'When it was made.';
COMMENT ON COLUMN api_token.expires_at IS 'When it stops working; every token expires.';
COMMENT ON COLUMN api_token.revoked_at IS 'When an administrator withdrew it.';

CREATE TABLE child_restriction (
  la_code text NOT NULL,
  child_id text NOT NULL,
  reason text NOT NULL CHECK (reason IN ('staff_relative', 'adoption_in_progress', 'high_profile', 'other')),
  note text,
  restricted_at timestamptz NOT NULL DEFAULT now(),
  restricted_by text NOT NULL,
  lifted_at timestamptz,
  PRIMARY KEY (la_code, child_id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE
);
COMMENT ON TABLE child_restriction IS 'A child whose record only the users named in child_restriction_user may open (no role sees it by default); the child still counts in every aggregate.';
COMMENT ON COLUMN child_restriction.la_code IS 'Council.';
COMMENT ON COLUMN child_restriction.child_id IS 'Restricted child.';
COMMENT ON COLUMN child_restriction.reason IS 'Why: a staff member''s relative, an adoption placement in progress, a high-profile case, or other.';
COMMENT ON COLUMN child_restriction.note IS 'Further explanation, for the administrator (never shown to those refused).';
COMMENT ON COLUMN child_restriction.restricted_at IS 'When the restriction was made.';
COMMENT ON COLUMN child_restriction.restricted_by IS 'User id of who made it.';
COMMENT ON COLUMN child_restriction.lifted_at IS 'When it was lifted; the record is then open to the usual scope again.';

CREATE TABLE child_restriction_user (
  la_code text NOT NULL,
  child_id text NOT NULL,
  user_id text NOT NULL,
  PRIMARY KEY (la_code, child_id, user_id),
  FOREIGN KEY (la_code, child_id) REFERENCES child_restriction ON DELETE CASCADE,
  FOREIGN KEY (la_code, user_id) REFERENCES app_user ON DELETE CASCADE
);
COMMENT ON TABLE child_restriction_user IS 'The users named on a restriction: they may open the child''s record if it is also within their role''s scope.';
COMMENT ON COLUMN child_restriction_user.la_code IS 'Council.';
COMMENT ON COLUMN child_restriction_user.child_id IS 'Restricted child.';
COMMENT ON COLUMN child_restriction_user.user_id IS 'User allowed to open it.';

-- The children one user may open on a date, for the given scopes (the scopes their roles grant for the
-- action, from src/access/policy.ts): caseload = allocated to their worker record on the date or within
-- recent_days before it; team = allocated to their team so; service = to a team of their service so;
-- council = every child of their council. A restricted child is left out unless the user is named on
-- the restriction. An inactive user, or one of another council, sees nothing.
CREATE FUNCTION visible_child_ids(p_la_code text, p_user_id text, p_on date, p_recent_days integer, p_scopes text[])
RETURNS TABLE (child_id text) LANGUAGE sql STABLE AS $$
  WITH u AS (
    SELECT la_code, id, worker_id, team_id, service_id FROM app_user
     WHERE la_code = p_la_code AND id = p_user_id AND active
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
COMMENT ON FUNCTION visible_child_ids(text, text, date, integer, text[]) IS 'Child ids a user may open on a date for the given scopes (caseload, team, service, council), restricted records excepted unless the user is named.';
