-- Indexes for the indicator engine (src/indicators). Each serves a lookup that indicator SQL makes for
-- every child or event in a window; without them those lookups scan the whole table once per row.

-- Closures in a period (cin-closures-by-duration, cin-closures-step-down).
CREATE INDEX referral_closure ON referral (la_code, closure_date);
COMMENT ON INDEX referral_closure IS 'CIN episodes closed in a window (indicators).';

-- Early help stepped down from a referral (cin-closures-step-down) and a child's early help (workload).
CREATE INDEX early_help_step_down ON early_help_episode (la_code, stepped_down_from_referral_id);
COMMENT ON INDEX early_help_step_down IS 'Early help episodes by the CIN episode they stepped down from (indicators).';
CREATE INDEX early_help_child ON early_help_episode (la_code, child_id);
COMMENT ON INDEX early_help_child IS 'A child''s early help episodes (workload case kind).';

-- CP plans ending in a period (cpp-2-years-ending).
CREATE INDEX cp_plan_end ON cp_plan (la_code, end_date);
COMMENT ON INDEX cp_plan_end IS 'CP plans ended in a window (indicators).';

-- A child's open assessment, proceedings and youth justice intervention (workload case kind).
CREATE INDEX assessment_child ON assessment (la_code, child_id, start_date);
COMMENT ON INDEX assessment_child IS 'A child''s assessments (workload case kind).';
CREATE INDEX care_proceedings_child ON care_proceedings (la_code, child_id);
COMMENT ON INDEX care_proceedings_child IS 'A child''s care proceedings (workload case kind).';
CREATE INDEX yj_intervention_child ON yj_intervention (la_code, child_id, start_date);
COMMENT ON INDEX yj_intervention_child IS 'A young person''s youth justice interventions (workload case kind).';

-- Allocations current at a date by kind (caseloads, unallocated cases, workload).
CREATE INDEX allocation_kind_dates ON allocation (la_code, kind, start_date, end_date);
COMMENT ON INDEX allocation_kind_dates IS 'Allocations of a kind current at a date (caseload indicators).';

-- Early help assessments started in a window (eh-assessments-per-month).
CREATE INDEX early_help_assessment_start ON early_help_episode (la_code, assessment_start);
COMMENT ON INDEX early_help_assessment_start IS 'Early help assessments started in a window (indicators).';
