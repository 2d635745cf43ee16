-- Children looked after: periods of care made of SSDA903 episodes, placements and their cost, reviews,
-- health, missing episodes, permanence, adoption, care proceedings and the council's children's homes.

CREATE TABLE childrens_home (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  urn text NOT NULL CHECK (urn ~ '^(SC[0-9]{6}|[0-9]{6,7})$'),
  places integer NOT NULL CHECK (places > 0),
  secure boolean NOT NULL DEFAULT false,
  opened date NOT NULL,
  closed date,
  PRIMARY KEY (la_code, id),
  UNIQUE (la_code, urn),
  CHECK (closed IS NULL OR closed >= opened)
);
COMMENT ON TABLE childrens_home IS 'A children''s home the council runs (seed 000: residential homes and a secure unit).';
COMMENT ON COLUMN childrens_home.la_code IS 'Council.';
COMMENT ON COLUMN childrens_home.id IS 'Identifier.';
COMMENT ON COLUMN childrens_home.name IS 'Name of the home.';
COMMENT ON COLUMN childrens_home.urn IS 'Ofsted unique reference number (the 903 URN of placements there).';
COMMENT ON COLUMN childrens_home.places IS 'Registered places.';
COMMENT ON COLUMN childrens_home.secure IS 'Secure children''s home.';
COMMENT ON COLUMN childrens_home.opened IS 'Date it opened.';
COMMENT ON COLUMN childrens_home.closed IS 'Date it closed, if it has.';

CREATE TABLE home_inspection (
  la_code text NOT NULL,
  id text NOT NULL,
  home_id text NOT NULL,
  inspection_date date NOT NULL,
  grade code_ofsted_grade NOT NULL,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, home_id) REFERENCES childrens_home ON DELETE CASCADE
);
COMMENT ON TABLE home_inspection IS 'An Ofsted inspection of a children''s home and its overall grade.';
COMMENT ON COLUMN home_inspection.la_code IS 'Council.';
COMMENT ON COLUMN home_inspection.id IS 'Identifier.';
COMMENT ON COLUMN home_inspection.home_id IS 'Home inspected.';
COMMENT ON COLUMN home_inspection.inspection_date IS 'Date of the inspection.';
COMMENT ON COLUMN home_inspection.grade IS 'Overall effectiveness grade.';

CREATE TABLE care_period (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  start_date date NOT NULL,
  end_date date,
  short_breaks_only boolean NOT NULL DEFAULT false,
  PRIMARY KEY (la_code, id),
  UNIQUE (la_code, child_id, start_date),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX care_period_dates ON care_period (la_code, start_date, end_date);
COMMENT ON TABLE care_period IS 'A period of care: from the episode that starts it (RNE S) to the episode that ends it with a reason other than X1.';
COMMENT ON COLUMN care_period.la_code IS 'Council.';
COMMENT ON COLUMN care_period.id IS 'Identifier.';
COMMENT ON COLUMN care_period.child_id IS 'Child.';
COMMENT ON COLUMN care_period.start_date IS 'Date the child started to be looked after.';
COMMENT ON COLUMN care_period.end_date IS 'Date the child ceased to be looked after; null while looked after.';
COMMENT ON COLUMN care_period.short_breaks_only IS 'Every episode is under legal status V3 or V4 (short breaks): national statistics exclude such care.';

CREATE TABLE placement (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  care_period_id text NOT NULL,
  start_date date NOT NULL,
  end_date date,
  placement_type code_placement_type NOT NULL,
  provider code_placement_provider,
  postcode text CHECK (postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
  urn text,
  home_id text,
  carer_id text,
  in_area boolean,
  weekly_cost numeric(9,2) CHECK (weekly_cost >= 0),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, care_period_id) REFERENCES care_period ON DELETE CASCADE,
  FOREIGN KEY (la_code, home_id) REFERENCES childrens_home,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX placement_child ON placement (la_code, child_id, start_date);
COMMENT ON TABLE placement IS 'A placement: where and with whom a looked-after child lives, and what it costs. A change of legal status alone keeps the placement.';
COMMENT ON COLUMN placement.la_code IS 'Council.';
COMMENT ON COLUMN placement.id IS 'Identifier.';
COMMENT ON COLUMN placement.child_id IS 'Child.';
COMMENT ON COLUMN placement.care_period_id IS 'Period of care.';
COMMENT ON COLUMN placement.start_date IS 'First day of the placement.';
COMMENT ON COLUMN placement.end_date IS 'Last day of the placement (the day the next begins); null while current.';
COMMENT ON COLUMN placement.placement_type IS '903 PLACE.';
COMMENT ON COLUMN placement.provider IS '903 PLACE_PROVIDER.';
COMMENT ON COLUMN placement.postcode IS '903 PL_POST: postcode of the placement.';
COMMENT ON COLUMN placement.urn IS '903 URN of the provider (Ofsted), where registered.';
COMMENT ON COLUMN placement.home_id IS 'The council''s own children''s home, when placed in one.';
COMMENT ON COLUMN placement.carer_id IS 'Foster carer or adopter household, so that moves with the same carers can be told apart.';
COMMENT ON COLUMN placement.in_area IS 'Placed inside the council''s boundary.';
COMMENT ON COLUMN placement.weekly_cost IS 'Weekly cost in pounds (budget projections).';

CREATE TABLE cla_episode (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  care_period_id text NOT NULL,
  placement_id text NOT NULL,
  start_date date NOT NULL,
  reason_new code_rne NOT NULL,
  legal_status code_legal_status NOT NULL,
  category_of_need code_primary_need NOT NULL CHECK (category_of_need NOT IN ('N9', 'N0')),
  placement_type code_placement_type NOT NULL,
  provider code_placement_provider,
  home_postcode text,
  placement_postcode text,
  urn text,
  end_date date,
  reason_ceased code_rec,
  reason_place_change code_reason_place_change,
  PRIMARY KEY (la_code, id),
  UNIQUE (la_code, child_id, start_date),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, care_period_id) REFERENCES care_period ON DELETE CASCADE,
  FOREIGN KEY (la_code, placement_id) REFERENCES placement ON DELETE CASCADE,
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK ((end_date IS NULL) = (reason_ceased IS NULL))
);
CREATE INDEX cla_episode_dates ON cla_episode (la_code, start_date, end_date);
COMMENT ON TABLE cla_episode IS 'An SSDA903 episode: a span with one legal status and one placement; a change of either starts a new episode.';
COMMENT ON COLUMN cla_episode.la_code IS 'Council.';
COMMENT ON COLUMN cla_episode.id IS 'Identifier.';
COMMENT ON COLUMN cla_episode.child_id IS 'Child (903 CHILD).';
COMMENT ON COLUMN cla_episode.care_period_id IS 'Period of care the episode belongs to.';
COMMENT ON COLUMN cla_episode.placement_id IS 'Placement during the episode.';
COMMENT ON COLUMN cla_episode.start_date IS '903 DECOM.';
COMMENT ON COLUMN cla_episode.reason_new IS '903 RNE.';
COMMENT ON COLUMN cla_episode.legal_status IS '903 LS.';
COMMENT ON COLUMN cla_episode.category_of_need IS '903 CIN (N1-N8).';
COMMENT ON COLUMN cla_episode.placement_type IS '903 PLACE.';
COMMENT ON COLUMN cla_episode.provider IS '903 PLACE_PROVIDER.';
COMMENT ON COLUMN cla_episode.home_postcode IS '903 HOME_POST: postcode of the home the child was removed from.';
COMMENT ON COLUMN cla_episode.placement_postcode IS '903 PL_POST.';
COMMENT ON COLUMN cla_episode.urn IS '903 URN.';
COMMENT ON COLUMN cla_episode.end_date IS '903 DEC.';
COMMENT ON COLUMN cla_episode.reason_ceased IS '903 REC.';
COMMENT ON COLUMN cla_episode.reason_place_change IS '903 REASON_PLACE_CHANGE.';

CREATE TABLE cla_review (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  review_date date NOT NULL,
  participation code_review_participation NOT NULL,
  PRIMARY KEY (la_code, id),
  UNIQUE (la_code, child_id, review_date),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE
);
COMMENT ON TABLE cla_review IS 'A looked-after review (903 Reviews): first within 20 working days, second within 3 months, then at most 6 months apart.';
COMMENT ON COLUMN cla_review.la_code IS 'Council.';
COMMENT ON COLUMN cla_review.id IS 'Identifier.';
COMMENT ON COLUMN cla_review.child_id IS 'Child.';
COMMENT ON COLUMN cla_review.review_date IS '903 REVIEW.';
COMMENT ON COLUMN cla_review.participation IS '903 REVIEW_CODE.';

CREATE TABLE health_outcome (
  la_code text NOT NULL,
  child_id text NOT NULL,
  year integer NOT NULL,
  sdq_score integer CHECK (sdq_score BETWEEN 0 AND 40),
  sdq_reason code_sdq_reason,
  convicted boolean,
  health_check boolean,
  immunisations boolean,
  teeth_check boolean,
  health_assessment boolean,
  substance_misuse boolean,
  intervention_received boolean,
  intervention_offered boolean,
  PRIMARY KEY (la_code, child_id, year),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE
);
COMMENT ON TABLE health_outcome IS 'The 903 OC2 outcomes of a child looked after continuously for 12 months at 31 March of the year.';
COMMENT ON COLUMN health_outcome.la_code IS 'Council.';
COMMENT ON COLUMN health_outcome.child_id IS 'Child.';
COMMENT ON COLUMN health_outcome.year IS 'Collection year (year of the 31 March).';
COMMENT ON COLUMN health_outcome.sdq_score IS 'Strengths and difficulties questionnaire total, 0-40.';
COMMENT ON COLUMN health_outcome.sdq_reason IS 'Why no SDQ score.';
COMMENT ON COLUMN health_outcome.convicted IS 'Convicted or given a final warning or reprimand in the year.';
COMMENT ON COLUMN health_outcome.health_check IS 'Development assessments up to date (under 5).';
COMMENT ON COLUMN health_outcome.immunisations IS 'Immunisations up to date.';
COMMENT ON COLUMN health_outcome.teeth_check IS 'Dental check in the year.';
COMMENT ON COLUMN health_outcome.health_assessment IS 'Annual health assessment in the year.';
COMMENT ON COLUMN health_outcome.substance_misuse IS 'Identified as having a substance misuse problem.';
COMMENT ON COLUMN health_outcome.intervention_received IS 'Received an intervention for it.';
COMMENT ON COLUMN health_outcome.intervention_offered IS 'Offered an intervention and refused it.';

CREATE TABLE health_check (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('health_assessment', 'dental')),
  check_date date NOT NULL,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE
);
CREATE INDEX health_check_child ON health_check (la_code, child_id, check_date);
COMMENT ON TABLE health_check IS 'A health assessment or dental check of a looked-after child (dates for Annex A list 8 and the OC2 flags).';
COMMENT ON COLUMN health_check.la_code IS 'Council.';
COMMENT ON COLUMN health_check.id IS 'Identifier.';
COMMENT ON COLUMN health_check.child_id IS 'Child.';
COMMENT ON COLUMN health_check.kind IS 'Health assessment or dental check.';
COMMENT ON COLUMN health_check.check_date IS 'Date of the check.';

CREATE TABLE missing_episode (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  kind code_missing_type NOT NULL,
  start_date date NOT NULL,
  end_date date,
  rhi_offered_date date,
  rhi_accepted boolean,
  PRIMARY KEY (la_code, id),
  UNIQUE (la_code, child_id, start_date, kind),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK (rhi_offered_date IS NULL OR rhi_offered_date >= start_date)
);
COMMENT ON TABLE missing_episode IS 'A looked-after child missing or away from placement (903 Missing) and the return home interview offered after it.';
COMMENT ON COLUMN missing_episode.la_code IS 'Council.';
COMMENT ON COLUMN missing_episode.id IS 'Identifier.';
COMMENT ON COLUMN missing_episode.child_id IS 'Child.';
COMMENT ON COLUMN missing_episode.kind IS '903 MISSING: M missing, A away without authorisation.';
COMMENT ON COLUMN missing_episode.start_date IS '903 MIS_START.';
COMMENT ON COLUMN missing_episode.end_date IS '903 MIS_END.';
COMMENT ON COLUMN missing_episode.rhi_offered_date IS 'Date a return home interview was offered (statutory guidance: within 72 hours of return).';
COMMENT ON COLUMN missing_episode.rhi_accepted IS 'Whether the child accepted the interview.';

CREATE TABLE permanence_plan (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  plan_date date NOT NULL,
  plan text NOT NULL CHECK (plan IN ('return_home', 'adoption', 'sgo', 'cao', 'long_term_fostering', 'residential', 'independence', 'other')),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE
);
COMMENT ON TABLE permanence_plan IS 'A permanence plan agreed for a looked-after child (expected by the second review).';
COMMENT ON COLUMN permanence_plan.la_code IS 'Council.';
COMMENT ON COLUMN permanence_plan.id IS 'Identifier.';
COMMENT ON COLUMN permanence_plan.child_id IS 'Child.';
COMMENT ON COLUMN permanence_plan.plan_date IS 'Date the plan was agreed.';
COMMENT ON COLUMN permanence_plan.plan IS 'The permanence option planned.';

CREATE TABLE previous_permanence (
  la_code text NOT NULL,
  child_id text NOT NULL,
  option code_previous_permanence NOT NULL,
  order_la text,
  order_date date,
  PRIMARY KEY (la_code, child_id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE
);
COMMENT ON TABLE previous_permanence IS 'A permanence order the child had before this period of care (903 PrevPerm).';
COMMENT ON COLUMN previous_permanence.la_code IS 'Council.';
COMMENT ON COLUMN previous_permanence.child_id IS 'Child.';
COMMENT ON COLUMN previous_permanence.option IS '903 PREV_PERM.';
COMMENT ON COLUMN previous_permanence.order_la IS '903 LA_PERM: council that made the order, or NIR/SCO/WAL/NUK/999.';
COMMENT ON COLUMN previous_permanence.order_date IS '903 DATE_PERM.';

CREATE TABLE adoption (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  care_period_id text NOT NULL,
  decision_date date NOT NULL,
  placement_order_date date,
  match_date date,
  ffa_placed_date date,
  placed_date date,
  order_date date,
  reversal_date date,
  reversal_reason code_reason_placed_ceased,
  adopter_family_id text,
  adopters_count integer CHECK (adopters_count IN (1, 2)),
  adopters_sex code_adopter_sex,
  adopters_legal_status code_adopter_legal_status,
  adopted_by_foster_carer boolean,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, care_period_id) REFERENCES care_period ON DELETE CASCADE,
  CHECK (placement_order_date IS NULL OR placement_order_date >= decision_date),
  CHECK (placed_date IS NULL OR match_date IS NULL OR placed_date >= match_date),
  CHECK (order_date IS NULL OR placed_date IS NULL OR order_date >= placed_date),
  CHECK ((reversal_date IS NULL) = (reversal_reason IS NULL)),
  CHECK (NOT (reversal_date IS NOT NULL AND order_date IS NOT NULL))
);
COMMENT ON TABLE adoption IS 'A child''s adoption journey: agency decision, placement order, match, placement, order, or the decision reversed (Annex A list 10; 903 AD1 and PlacedAdoption).';
COMMENT ON COLUMN adoption.la_code IS 'Council.';
COMMENT ON COLUMN adoption.id IS 'Identifier.';
COMMENT ON COLUMN adoption.child_id IS 'Child.';
COMMENT ON COLUMN adoption.care_period_id IS 'Period of care.';
COMMENT ON COLUMN adoption.decision_date IS 'Agency decision maker''s decision that the child should be placed for adoption (903 DATE_INT).';
COMMENT ON COLUMN adoption.placement_order_date IS 'Placement order (court authority to place).';
COMMENT ON COLUMN adoption.match_date IS 'Match with prospective adopters (903 DATE_MATCH).';
COMMENT ON COLUMN adoption.ffa_placed_date IS 'Placed with the eventual adopters as foster carers (fostering for adoption): stops the A10 clock.';
COMMENT ON COLUMN adoption.placed_date IS 'Placed for adoption (903 DATE_PLACED).';
COMMENT ON COLUMN adoption.order_date IS 'Adoption order.';
COMMENT ON COLUMN adoption.reversal_date IS 'Date of the decision that the child should no longer be placed for adoption (903 DATE_PLACED_CEASED).';
COMMENT ON COLUMN adoption.reversal_reason IS '903 REASON_PLACED_CEASED.';
COMMENT ON COLUMN adoption.adopter_family_id IS 'Adoptive family.';
COMMENT ON COLUMN adoption.adopters_count IS '903 NB_ADOPTR.';
COMMENT ON COLUMN adoption.adopters_sex IS '903 SEX_ADOPTR.';
COMMENT ON COLUMN adoption.adopters_legal_status IS '903 LS_ADOPTR.';
COMMENT ON COLUMN adoption.adopted_by_foster_carer IS '903 FOSTER_CARE.';

CREATE TABLE care_proceedings (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  pre_proceedings_start date,
  pre_proceedings_end date,
  issue_date date,
  final_order_date date,
  final_order code_proceedings_order,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  CHECK (pre_proceedings_start IS NOT NULL OR issue_date IS NOT NULL),
  CHECK (pre_proceedings_end IS NULL OR pre_proceedings_end >= pre_proceedings_start),
  CHECK (final_order_date IS NULL OR (issue_date IS NOT NULL AND final_order_date >= issue_date)),
  CHECK ((final_order_date IS NULL) = (final_order IS NULL))
);
COMMENT ON TABLE care_proceedings IS 'Pre-proceedings under the Public Law Outline and care proceedings for one child (statutory limit 26 weeks, Children and Families Act 2014).';
COMMENT ON COLUMN care_proceedings.la_code IS 'Council.';
COMMENT ON COLUMN care_proceedings.id IS 'Identifier.';
COMMENT ON COLUMN care_proceedings.child_id IS 'Child.';
COMMENT ON COLUMN care_proceedings.pre_proceedings_start IS 'Start of pre-proceedings (letter before proceedings).';
COMMENT ON COLUMN care_proceedings.pre_proceedings_end IS 'End of pre-proceedings (diverted or proceedings issued).';
COMMENT ON COLUMN care_proceedings.issue_date IS 'Date the care application was issued.';
COMMENT ON COLUMN care_proceedings.final_order_date IS 'Date of the final order (proceedings concluded).';
COMMENT ON COLUMN care_proceedings.final_order IS 'The final order made.';

CREATE TABLE dolo (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  start_date date NOT NULL,
  end_date date,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
COMMENT ON TABLE dolo IS 'A deprivation of liberty order (903 DoLo, 2026-27).';
COMMENT ON COLUMN dolo.la_code IS 'Council.';
COMMENT ON COLUMN dolo.id IS 'Identifier.';
COMMENT ON COLUMN dolo.child_id IS 'Child.';
COMMENT ON COLUMN dolo.start_date IS '903 DOLO_START.';
COMMENT ON COLUMN dolo.end_date IS '903 DOLO_END.';
