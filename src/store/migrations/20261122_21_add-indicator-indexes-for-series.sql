-- More indexes for the indicator engine (src/indicators), found by EXPLAIN ANALYZE of 24-month series on
-- synthetic councils (bench/indicators.ts). Each replaces a scan of the whole table per child and date.
-- IF NOT EXISTS: the file grew while stores in development had already applied its first version.

-- The placement before a child's current one in the same period of care (placement-stability-long:
-- placed for adoption, with that and the previous placement together 2 years or more).
CREATE INDEX IF NOT EXISTS placement_care_period ON placement (la_code, care_period_id, start_date);
COMMENT ON INDEX placement_care_period IS 'Placements of a period of care in order (long-term placement stability).';

-- The episodes of a period of care in order: its final episode''s reason ceased (cla-ceased,
-- ceased-adoption) and whether it began as short breaks (placement-stability-long, OC2 cohort).
CREATE INDEX IF NOT EXISTS cla_episode_care_period ON cla_episode (la_code, care_period_id, start_date);
COMMENT ON INDEX cla_episode_care_period IS 'Episodes of a period of care in order (cessation reasons, short-break checks).';

-- Periods of care ending in a window (cla-ceased, ceased-adoption, sgo).
CREATE INDEX IF NOT EXISTS care_period_end ON care_period (la_code, end_date);
COMMENT ON INDEX care_period_end IS 'Periods of care ended in a window (children ceasing to be looked after).';

-- Spans still open after a date: "open at" joins also require the end date to be null or after the
-- earliest reference date (src/indicators/sql.ts), which these answer without reading closed history.
CREATE INDEX IF NOT EXISTS cla_episode_end ON cla_episode (la_code, end_date);
COMMENT ON INDEX cla_episode_end IS 'Episodes open at or after a date (children looked after at a date).';
CREATE INDEX IF NOT EXISTS cin_plan_end ON cin_plan (la_code, end_date);
COMMENT ON INDEX cin_plan_end IS 'CIN plans open at or after a date (cin-plans-at-date, workload).';
CREATE INDEX IF NOT EXISTS allocation_kind_end ON allocation (la_code, kind, end_date);
COMMENT ON INDEX allocation_kind_end IS 'Allocations current at or after a date (caseloads, unallocated cases, workload).';

-- A child's permanence plans by date (permanence-by-second-review: a plan recorded by the second review).
CREATE INDEX IF NOT EXISTS permanence_plan_child ON permanence_plan (la_code, child_id, plan_date);
COMMENT ON INDEX permanence_plan_child IS 'A child''s permanence plans in date order (permanence by the second review).';
