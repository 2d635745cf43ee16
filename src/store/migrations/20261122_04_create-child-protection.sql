-- Child protection: strategy discussions, section 47 enquiries, initial conferences, plans, review
-- conferences, and statutory visits (which also serve children in need and looked after).

CREATE TABLE strategy_discussion (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  referral_id text NOT NULL,
  discussion_date date NOT NULL,
  s47_decided boolean NOT NULL,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, referral_id) REFERENCES referral ON DELETE CASCADE
);
COMMENT ON TABLE strategy_discussion IS 'A strategy discussion (Working Together) where there is reasonable cause to suspect significant harm.';
COMMENT ON COLUMN strategy_discussion.la_code IS 'Council.';
COMMENT ON COLUMN strategy_discussion.id IS 'Identifier.';
COMMENT ON COLUMN strategy_discussion.child_id IS 'Child.';
COMMENT ON COLUMN strategy_discussion.referral_id IS 'Episode of need.';
COMMENT ON COLUMN strategy_discussion.discussion_date IS 'Date of the discussion.';
COMMENT ON COLUMN strategy_discussion.s47_decided IS 'Whether it decided to start a section 47 enquiry.';

CREATE TABLE s47_enquiry (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  referral_id text NOT NULL,
  strategy_discussion_id text,
  start_date date NOT NULL,
  end_date date,
  icpc_target_date date,
  icpc_not_required boolean NOT NULL DEFAULT false,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, referral_id) REFERENCES referral ON DELETE CASCADE,
  FOREIGN KEY (la_code, strategy_discussion_id) REFERENCES strategy_discussion,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX s47_enquiry_start ON s47_enquiry (la_code, start_date);
COMMENT ON TABLE s47_enquiry IS 'A section 47 enquiry (CIN census Section47).';
COMMENT ON COLUMN s47_enquiry.la_code IS 'Council.';
COMMENT ON COLUMN s47_enquiry.id IS 'Identifier.';
COMMENT ON COLUMN s47_enquiry.child_id IS 'Child.';
COMMENT ON COLUMN s47_enquiry.referral_id IS 'Episode of need.';
COMMENT ON COLUMN s47_enquiry.strategy_discussion_id IS 'The strategy discussion that initiated it.';
COMMENT ON COLUMN s47_enquiry.start_date IS 'S47ActualStartDate: the date of the strategy discussion that initiated the enquiry.';
COMMENT ON COLUMN s47_enquiry.end_date IS 'Date the enquiry concluded.';
COMMENT ON COLUMN s47_enquiry.icpc_target_date IS 'InitialCPCtarget (N00109): 15 working days from the start.';
COMMENT ON COLUMN s47_enquiry.icpc_not_required IS 'ICPCnotRequired (N00111).';

CREATE TABLE initial_conference (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  s47_enquiry_id text NOT NULL,
  conference_date date NOT NULL,
  plan_made boolean NOT NULL,
  PRIMARY KEY (la_code, id),
  UNIQUE (la_code, s47_enquiry_id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, s47_enquiry_id) REFERENCES s47_enquiry ON DELETE CASCADE
);
CREATE INDEX initial_conference_date ON initial_conference (la_code, conference_date);
COMMENT ON TABLE initial_conference IS 'An initial child protection conference following a section 47 enquiry (DateOfInitialCPC, N00110).';
COMMENT ON COLUMN initial_conference.la_code IS 'Council.';
COMMENT ON COLUMN initial_conference.id IS 'Identifier.';
COMMENT ON COLUMN initial_conference.child_id IS 'Child.';
COMMENT ON COLUMN initial_conference.s47_enquiry_id IS 'The enquiry the conference followed.';
COMMENT ON COLUMN initial_conference.conference_date IS 'Date of the conference.';
COMMENT ON COLUMN initial_conference.plan_made IS 'Whether the conference made a child protection plan.';

CREATE TABLE cp_plan (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  referral_id text NOT NULL,
  initial_conference_id text,
  start_date date NOT NULL,
  end_date date,
  initial_category code_abuse_category NOT NULL,
  latest_category code_abuse_category NOT NULL,
  previous_plans integer NOT NULL DEFAULT 0 CHECK (previous_plans >= 0),
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, referral_id) REFERENCES referral ON DELETE CASCADE,
  FOREIGN KEY (la_code, initial_conference_id) REFERENCES initial_conference,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX cp_plan_child ON cp_plan (la_code, child_id, start_date);
COMMENT ON TABLE cp_plan IS 'A child protection plan (CIN census ChildProtectionPlans).';
COMMENT ON COLUMN cp_plan.la_code IS 'Council.';
COMMENT ON COLUMN cp_plan.id IS 'Identifier.';
COMMENT ON COLUMN cp_plan.child_id IS 'Child.';
COMMENT ON COLUMN cp_plan.referral_id IS 'Episode of need.';
COMMENT ON COLUMN cp_plan.initial_conference_id IS 'The conference that made the plan.';
COMMENT ON COLUMN cp_plan.start_date IS 'CPPstartDate.';
COMMENT ON COLUMN cp_plan.end_date IS 'CPPendDate.';
COMMENT ON COLUMN cp_plan.initial_category IS 'InitialCategoryOfAbuse.';
COMMENT ON COLUMN cp_plan.latest_category IS 'LatestCategoryOfAbuse.';
COMMENT ON COLUMN cp_plan.previous_plans IS 'NumberOfPreviousCPP (N00106), including plans in other councils.';

CREATE TABLE cp_review (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  cp_plan_id text NOT NULL,
  review_date date NOT NULL,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, cp_plan_id) REFERENCES cp_plan ON DELETE CASCADE
);
CREATE INDEX cp_review_plan ON cp_review (la_code, cp_plan_id, review_date);
COMMENT ON TABLE cp_review IS 'A child protection review conference (CPPreviewDate, N00116): first within 3 months of the ICPC, then at most 6 months apart.';
COMMENT ON COLUMN cp_review.la_code IS 'Council.';
COMMENT ON COLUMN cp_review.id IS 'Identifier.';
COMMENT ON COLUMN cp_review.child_id IS 'Child.';
COMMENT ON COLUMN cp_review.cp_plan_id IS 'Plan reviewed.';
COMMENT ON COLUMN cp_review.review_date IS 'Date of the review conference.';

CREATE TABLE visit (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  worker_id text,
  visit_date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('cin', 'cp', 'cla', 'care_leaver')),
  seen boolean NOT NULL,
  seen_alone boolean NOT NULL DEFAULT false,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, worker_id) REFERENCES worker,
  CHECK (seen OR NOT seen_alone)
);
CREATE INDEX visit_child ON visit (la_code, child_id, visit_date);
COMMENT ON TABLE visit IS 'A statutory visit to a child (child protection: at most 10 working days apart locally; looked after: per the care planning regulations).';
COMMENT ON COLUMN visit.la_code IS 'Council.';
COMMENT ON COLUMN visit.id IS 'Identifier.';
COMMENT ON COLUMN visit.child_id IS 'Child visited.';
COMMENT ON COLUMN visit.worker_id IS 'Worker who visited.';
COMMENT ON COLUMN visit.visit_date IS 'Date of the visit.';
COMMENT ON COLUMN visit.kind IS 'The plan the visit is made under.';
COMMENT ON COLUMN visit.seen IS 'Whether the child was seen.';
COMMENT ON COLUMN visit.seen_alone IS 'Whether the child was seen alone (Annex A list 7).';
