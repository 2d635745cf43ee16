-- Quality assurance (case file audits, team health checks), complaints, surveys, budgets, and the values
-- of measures that do not come from case records.

CREATE TABLE case_audit (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  team_id text,
  worker_id text,
  audit_date date NOT NULL,
  grade code_ofsted_grade NOT NULL,
  auditor text NOT NULL,
  themes text[] NOT NULL DEFAULT '{}',
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, team_id) REFERENCES team,
  FOREIGN KEY (la_code, worker_id) REFERENCES worker
);
COMMENT ON TABLE case_audit IS 'A case file audit and its overall grade (seed 002: audits by grade per quarter).';
COMMENT ON COLUMN case_audit.la_code IS 'Council.';
COMMENT ON COLUMN case_audit.id IS 'Identifier.';
COMMENT ON COLUMN case_audit.child_id IS 'Child whose file was audited.';
COMMENT ON COLUMN case_audit.team_id IS 'Team holding the case.';
COMMENT ON COLUMN case_audit.worker_id IS 'Worker holding the case.';
COMMENT ON COLUMN case_audit.audit_date IS 'Date completed.';
COMMENT ON COLUMN case_audit.grade IS 'Overall grade.';
COMMENT ON COLUMN case_audit.auditor IS 'Who audited.';
COMMENT ON COLUMN case_audit.themes IS 'Themes found (learning points).';

CREATE TABLE team_health_check (
  la_code text NOT NULL,
  id text NOT NULL,
  team_id text NOT NULL,
  check_date date NOT NULL,
  grade code_ofsted_grade NOT NULL,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, team_id) REFERENCES team ON DELETE CASCADE
);
COMMENT ON TABLE team_health_check IS 'A team health check and its grade; the next is due 12 months after good or outstanding, 6 months otherwise.';
COMMENT ON COLUMN team_health_check.la_code IS 'Council.';
COMMENT ON COLUMN team_health_check.id IS 'Identifier.';
COMMENT ON COLUMN team_health_check.team_id IS 'Team checked.';
COMMENT ON COLUMN team_health_check.check_date IS 'Date of the check.';
COMMENT ON COLUMN team_health_check.grade IS 'Grade.';

CREATE TABLE complaint (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  id text NOT NULL,
  received_date date NOT NULL,
  source text NOT NULL,
  theme text NOT NULL CHECK (theme IN ('delay', 'communication', 'staff_attitude', 'quality_of_service', 'information_in_reports', 'processes', 'other')),
  child_id text,
  upheld boolean,
  closed_date date,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE SET NULL (child_id),
  CHECK (closed_date IS NULL OR closed_date >= received_date)
);
COMMENT ON TABLE complaint IS 'A complaint about children''s social care, by source and theme (seed 000).';
COMMENT ON COLUMN complaint.la_code IS 'Council.';
COMMENT ON COLUMN complaint.id IS 'Identifier.';
COMMENT ON COLUMN complaint.received_date IS 'Date received.';
COMMENT ON COLUMN complaint.source IS 'Who complained (care leaver, parent, residential unit, ...).';
COMMENT ON COLUMN complaint.theme IS 'What it was about.';
COMMENT ON COLUMN complaint.child_id IS 'Child concerned, if any.';
COMMENT ON COLUMN complaint.upheld IS 'Whether upheld (null until decided).';
COMMENT ON COLUMN complaint.closed_date IS 'Date resolved.';

CREATE TABLE survey_result (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  id text NOT NULL,
  survey text NOT NULL,
  question text NOT NULL,
  period_from date NOT NULL,
  period_to date NOT NULL,
  respondents integer NOT NULL CHECK (respondents >= 0),
  positive integer NOT NULL CHECK (positive >= 0 AND positive <= respondents),
  PRIMARY KEY (la_code, id),
  CHECK (period_to >= period_from)
);
COMMENT ON TABLE survey_result IS 'An answer count from a survey of children, parents or staff (e.g. parents satisfied with the service).';
COMMENT ON COLUMN survey_result.la_code IS 'Council.';
COMMENT ON COLUMN survey_result.id IS 'Identifier.';
COMMENT ON COLUMN survey_result.survey IS 'Survey name.';
COMMENT ON COLUMN survey_result.question IS 'Question asked.';
COMMENT ON COLUMN survey_result.period_from IS 'Survey period start.';
COMMENT ON COLUMN survey_result.period_to IS 'Survey period end.';
COMMENT ON COLUMN survey_result.respondents IS 'People who answered.';
COMMENT ON COLUMN survey_result.positive IS 'People who answered positively.';

CREATE TABLE budget_line (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  financial_year integer NOT NULL,
  line text NOT NULL,
  budget numeric(12,2) NOT NULL,
  placement_types code_placement_type[] NOT NULL DEFAULT '{}',
  placement_providers code_placement_provider[] NOT NULL DEFAULT '{}',
  expected_growth numeric(12,2) NOT NULL DEFAULT 0,
  PRIMARY KEY (la_code, financial_year, line)
);
COMMENT ON TABLE budget_line IS 'A budget line for a financial year; lines tied to placement types are projected from open placements and their weekly costs (seed 002).';
COMMENT ON COLUMN budget_line.la_code IS 'Council.';
COMMENT ON COLUMN budget_line.financial_year IS 'Financial year by its starting year (2025 = April 2025 to March 2026).';
COMMENT ON COLUMN budget_line.line IS 'Budget line (independent fostering, residential agency placements, social work staffing, ...).';
COMMENT ON COLUMN budget_line.budget IS 'Budget in pounds.';
COMMENT ON COLUMN budget_line.placement_types IS 'Placement types whose cost falls on this line.';
COMMENT ON COLUMN budget_line.placement_providers IS 'Providers whose placements fall on this line.';
COMMENT ON COLUMN budget_line.expected_growth IS 'Expected further spend to year end beyond current commitments.';

CREATE TABLE measure_value (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  indicator_id text NOT NULL,
  period_from date NOT NULL,
  period_to date NOT NULL,
  level_kind text NOT NULL DEFAULT 'council' CHECK (level_kind IN ('council', 'locality', 'team', 'worker')),
  level_id text NOT NULL DEFAULT '',
  value numeric NOT NULL,
  numerator numeric,
  denominator numeric,
  note text,
  entered_by text NOT NULL,
  entered_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (la_code, indicator_id, period_from, period_to, level_kind, level_id),
  CHECK (period_to >= period_from)
);
COMMENT ON TABLE measure_value IS 'The value of a measure that does not come from case records (surveys, inspection grades, claims made elsewhere, budgets, youth justice figures from a separate system), entered per period.';
COMMENT ON COLUMN measure_value.la_code IS 'Council.';
COMMENT ON COLUMN measure_value.indicator_id IS 'Catalogue id of the measure.';
COMMENT ON COLUMN measure_value.period_from IS 'First day of the period.';
COMMENT ON COLUMN measure_value.period_to IS 'Last day of the period.';
COMMENT ON COLUMN measure_value.level_kind IS 'Council, locality, team or worker.';
COMMENT ON COLUMN measure_value.level_id IS 'Which locality, team or worker; empty for the council.';
COMMENT ON COLUMN measure_value.value IS 'The value.';
COMMENT ON COLUMN measure_value.numerator IS 'Numerator, for a ratio.';
COMMENT ON COLUMN measure_value.denominator IS 'Denominator, for a ratio.';
COMMENT ON COLUMN measure_value.note IS 'Source or caveat.';
COMMENT ON COLUMN measure_value.entered_by IS 'Who entered it.';
COMMENT ON COLUMN measure_value.entered_at IS 'When it was entered.';
