-- Practice records (issue 14, sections 4, 5 and 8): what a case file audit and a team health check record beyond
-- their overall grade. Seed 002: audits are "undertaken on a monthly basis by managers working in pairs",
-- random and themed, each "given a grade using the Ofsted judgement criteria", with a quarterly report of
-- the grades and the themes arising "for further consideration and action".

ALTER TABLE case_audit ADD COLUMN audit_type text NOT NULL DEFAULT 'random' CHECK (audit_type IN ('random', 'themed'));
ALTER TABLE case_audit ADD COLUMN audit_theme text;
ALTER TABLE case_audit ADD COLUMN moderator text;
ALTER TABLE case_audit ADD COLUMN moderated_grade code_ofsted_grade;
ALTER TABLE case_audit ADD COLUMN findings text;
ALTER TABLE case_audit ADD CONSTRAINT case_audit_themed_has_theme CHECK (audit_type = 'random' OR audit_theme IS NOT NULL);
ALTER TABLE case_audit ADD CONSTRAINT case_audit_moderated_by_someone CHECK (moderated_grade IS NULL OR moderator IS NOT NULL);
COMMENT ON COLUMN case_audit.audit_type IS 'random (drawn by the monthly sample) or themed (chosen for a theme or a team).';
COMMENT ON COLUMN case_audit.audit_theme IS 'Themed audits only: the theme audited (for example neglect, pre-birth, missing).';
COMMENT ON COLUMN case_audit.moderator IS 'Who moderated the audit (the second manager of the pair), if moderated.';
COMMENT ON COLUMN case_audit.moderated_grade IS 'Overall grade the moderator gave; agreement is moderated_grade = grade.';
COMMENT ON COLUMN case_audit.findings IS 'What the audit found, as written by the auditor.';
CREATE INDEX case_audit_by_date ON case_audit (la_code, audit_date);
CREATE INDEX case_audit_by_child ON case_audit (la_code, child_id, audit_date);

CREATE TABLE case_audit_theme_grade (
  la_code text NOT NULL,
  audit_id text NOT NULL,
  theme text NOT NULL CHECK (length(theme) > 0),
  grade code_ofsted_grade NOT NULL,
  PRIMARY KEY (la_code, audit_id, theme),
  FOREIGN KEY (la_code, audit_id) REFERENCES case_audit ON DELETE CASCADE
);
COMMENT ON TABLE case_audit_theme_grade IS 'The grade a case file audit gave one theme of practice (voice of the child, assessment, plan, management oversight, ...).';
COMMENT ON COLUMN case_audit_theme_grade.la_code IS 'Council.';
COMMENT ON COLUMN case_audit_theme_grade.audit_id IS 'The audit (case_audit.id).';
COMMENT ON COLUMN case_audit_theme_grade.theme IS 'Theme graded, in the council''s own words (data/practice/audit-themes.json lists the usual ones).';
COMMENT ON COLUMN case_audit_theme_grade.grade IS 'Grade for the theme, on the Ofsted scale.';

CREATE TABLE case_audit_action (
  la_code text NOT NULL,
  audit_id text NOT NULL,
  number integer NOT NULL CHECK (number >= 1),
  action text NOT NULL CHECK (length(action) > 0),
  owner text NOT NULL CHECK (length(owner) > 0),
  due date NOT NULL,
  completed date,
  PRIMARY KEY (la_code, audit_id, number),
  FOREIGN KEY (la_code, audit_id) REFERENCES case_audit ON DELETE CASCADE
);
COMMENT ON TABLE case_audit_action IS 'An action a case file audit set, with its owner and due date.';
COMMENT ON COLUMN case_audit_action.la_code IS 'Council.';
COMMENT ON COLUMN case_audit_action.audit_id IS 'The audit that set it (case_audit.id).';
COMMENT ON COLUMN case_audit_action.number IS 'Its number within the audit, from 1.';
COMMENT ON COLUMN case_audit_action.action IS 'What is to be done.';
COMMENT ON COLUMN case_audit_action.owner IS 'Who is responsible for it (usually the team manager or worker).';
COMMENT ON COLUMN case_audit_action.due IS 'When it is due.';
COMMENT ON COLUMN case_audit_action.completed IS 'When it was done; null while open.';

ALTER TABLE team_health_check ADD COLUMN checked_by text;
ALTER TABLE team_health_check ADD COLUMN findings text;
COMMENT ON COLUMN team_health_check.checked_by IS 'Who undertook the check (seed 002: the Director and the Assistant Director).';
COMMENT ON COLUMN team_health_check.findings IS 'Findings and priority areas for improvement, as written.';

-- The improvement plan (issue 14 section 8; seed 000 lists the Ofsted recommendations): each
-- recommendation or local priority with its actions, owner, due date, progress RAG and the indicators
-- that evidence it; progress is appended, never overwritten, so the plan's history shows.

CREATE TABLE improvement_action (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  id text NOT NULL CHECK (length(id) > 0),
  kind text NOT NULL CHECK (kind IN ('recommendation', 'priority')),
  heading text NOT NULL CHECK (length(heading) > 0),
  action text NOT NULL CHECK (length(action) > 0),
  owner text NOT NULL CHECK (length(owner) > 0),
  due date NOT NULL,
  evidence text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (la_code, id)
);
COMMENT ON TABLE improvement_action IS 'An action of the improvement plan under an Ofsted recommendation or a local priority.';
COMMENT ON COLUMN improvement_action.la_code IS 'Council.';
COMMENT ON COLUMN improvement_action.id IS 'Identifier the council gives it (for example R1.2: recommendation 1, action 2).';
COMMENT ON COLUMN improvement_action.kind IS 'recommendation (from an Ofsted inspection) or priority (the council''s own).';
COMMENT ON COLUMN improvement_action.heading IS 'The recommendation or priority as written.';
COMMENT ON COLUMN improvement_action.action IS 'What will be done.';
COMMENT ON COLUMN improvement_action.owner IS 'Who is responsible.';
COMMENT ON COLUMN improvement_action.due IS 'When it is due.';
COMMENT ON COLUMN improvement_action.evidence IS 'Catalogue ids of the indicators that evidence progress (docs/INDICATORS.md).';

CREATE TABLE improvement_progress (
  la_code text NOT NULL,
  action_id text NOT NULL,
  id bigint GENERATED ALWAYS AS IDENTITY,
  as_at date NOT NULL,
  rag text NOT NULL CHECK (rag IN ('red', 'amber', 'green', 'complete')),
  note text,
  author text NOT NULL,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, action_id) REFERENCES improvement_action ON DELETE CASCADE
);
COMMENT ON TABLE improvement_progress IS 'Progress on an improvement plan action as at a date; append-only, the latest on or before a date is the RAG shown for it.';
COMMENT ON COLUMN improvement_progress.la_code IS 'Council.';
COMMENT ON COLUMN improvement_progress.action_id IS 'The action (improvement_action.id).';
COMMENT ON COLUMN improvement_progress.id IS 'Identifier, increasing in order of writing.';
COMMENT ON COLUMN improvement_progress.as_at IS 'The date the progress is reported as at.';
COMMENT ON COLUMN improvement_progress.rag IS 'red, amber, green, or complete.';
COMMENT ON COLUMN improvement_progress.note IS 'What has been done, as written.';
COMMENT ON COLUMN improvement_progress.author IS 'Who reported it.';
