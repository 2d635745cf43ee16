-- The child, and the first part of the journey: contacts, referrals (episodes of need), assessments,
-- child in need plans, and who holds the case. Field names follow the CIN census items they carry.

CREATE TABLE child (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  id text NOT NULL CHECK (id ~ '^[A-Za-z0-9]{1,20}$'),
  upn text CHECK (upn ~ '^[A-Za-z][0-9]{11}[A-Za-z0-9]$'),
  former_upn text CHECK (former_upn ~ '^[A-Za-z][0-9]{11}[A-Za-z0-9]$'),
  upn_unknown code_upn_unknown,
  given_name text,
  family_name text,
  date_of_birth date,
  expected_date_of_birth date,
  sex code_sex NOT NULL,
  ethnicity code_ethnicity NOT NULL,
  disabilities code_disability[] NOT NULL DEFAULT '{}',
  death_date date,
  family_id text,
  home_postcode text CHECK (home_postcode ~ '^[A-Z]{1,2}[0-9][A-Z0-9]? [0-9][A-Z]{2}$'),
  uasc boolean NOT NULL DEFAULT false,
  uasc_ceased date,
  mother_of_child boolean,
  PRIMARY KEY (la_code, id),
  CHECK (date_of_birth IS NOT NULL OR expected_date_of_birth IS NOT NULL),
  CHECK (death_date IS NULL OR date_of_birth IS NULL OR death_date >= date_of_birth),
  CHECK (uasc_ceased IS NULL OR uasc)
);
COMMENT ON TABLE child IS 'A child known to children''s social care. One row per child; siblings are separate children sharing a family_id.';
COMMENT ON COLUMN child.la_code IS 'Council.';
COMMENT ON COLUMN child.id IS 'The council''s child id (CIN LAchildID, N00097; 903 CHILD): up to 20 letters and digits.';
COMMENT ON COLUMN child.upn IS 'Unique pupil number (N00001).';
COMMENT ON COLUMN child.former_upn IS 'Former unique pupil number.';
COMMENT ON COLUMN child.upn_unknown IS 'Why the UPN is not known (UN1-UN7).';
COMMENT ON COLUMN child.given_name IS 'Given name (not in any return; for workers only).';
COMMENT ON COLUMN child.family_name IS 'Family name (not in any return; for workers only).';
COMMENT ON COLUMN child.date_of_birth IS 'Date of birth; null for an unborn child.';
COMMENT ON COLUMN child.expected_date_of_birth IS 'Expected date of birth of an unborn child.';
COMMENT ON COLUMN child.sex IS 'Sex, M/F/U (U for unborn); older 1/2/0/9 codes are mapped on import.';
COMMENT ON COLUMN child.ethnicity IS 'DfE ethnicity code.';
COMMENT ON COLUMN child.disabilities IS 'DfE disability codes; NONE when none.';
COMMENT ON COLUMN child.death_date IS 'Date of death, if the child has died.';
COMMENT ON COLUMN child.family_id IS 'Groups siblings (and the family for Supporting Families and adoption lists).';
COMMENT ON COLUMN child.home_postcode IS 'Postcode of the family home.';
COMMENT ON COLUMN child.uasc IS 'Unaccompanied asylum-seeking child (903 UASC table).';
COMMENT ON COLUMN child.uasc_ceased IS 'Date the child ceased to be UASC (903 DUC).';
COMMENT ON COLUMN child.mother_of_child IS 'A looked-after young woman who is a mother (903 MOTHER).';

CREATE TABLE allocation (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  worker_id text NOT NULL,
  team_id text NOT NULL,
  kind text NOT NULL CHECK (kind IN ('social_worker', 'iro', 'personal_adviser', 'family_worker', 'yj_officer')),
  start_date date NOT NULL,
  end_date date,
  change_reason code_sw_reason,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, worker_id) REFERENCES worker,
  FOREIGN KEY (la_code, team_id) REFERENCES team,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX allocation_child ON allocation (la_code, child_id, start_date);
CREATE INDEX allocation_worker ON allocation (la_code, worker_id, start_date);
COMMENT ON TABLE allocation IS 'A child allocated to a worker (and through them a team) for a span of time; the 903 SWEpisodes table for social workers.';
COMMENT ON COLUMN allocation.la_code IS 'Council.';
COMMENT ON COLUMN allocation.id IS 'Allocation identifier.';
COMMENT ON COLUMN allocation.child_id IS 'Child allocated.';
COMMENT ON COLUMN allocation.worker_id IS 'Worker the child is allocated to (903 SW_ID).';
COMMENT ON COLUMN allocation.team_id IS 'Team responsible during the allocation (the worker''s team at the time).';
COMMENT ON COLUMN allocation.kind IS 'Relationship: social worker, IRO, personal adviser, family worker or youth justice officer.';
COMMENT ON COLUMN allocation.start_date IS 'First day of the allocation (903 SW_DECOM).';
COMMENT ON COLUMN allocation.end_date IS 'Last day of the allocation (903 SW_DEC); null while current.';
COMMENT ON COLUMN allocation.change_reason IS 'Why the allocation ended (903 SW_REASON).';

CREATE TABLE contact (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  contact_date date NOT NULL,
  source code_referral_source NOT NULL,
  outcome code_contact_outcome NOT NULL,
  outcome_date date,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  CHECK (outcome_date IS NULL OR outcome_date >= contact_date)
);
CREATE INDEX contact_date ON contact (la_code, contact_date);
COMMENT ON TABLE contact IS 'A contact received by the front door about a child (Annex A list 1).';
COMMENT ON COLUMN contact.la_code IS 'Council.';
COMMENT ON COLUMN contact.id IS 'Contact identifier.';
COMMENT ON COLUMN contact.child_id IS 'Child the contact is about.';
COMMENT ON COLUMN contact.contact_date IS 'Date the contact was received.';
COMMENT ON COLUMN contact.source IS 'Who made the contact (CIN ReferralSource codes).';
COMMENT ON COLUMN contact.outcome IS 'What the front door decided.';
COMMENT ON COLUMN contact.outcome_date IS 'Date of that decision.';

CREATE TABLE referral (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  contact_id text,
  referral_date date NOT NULL,
  source code_referral_source NOT NULL,
  decision_date date,
  primary_need code_primary_need,
  nfa boolean NOT NULL DEFAULT false,
  closure_date date,
  closure_reason code_closure_reason,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, contact_id) REFERENCES contact,
  CHECK (decision_date IS NULL OR decision_date >= referral_date),
  CHECK (closure_date IS NULL OR closure_date >= referral_date),
  CHECK ((closure_date IS NULL) = (closure_reason IS NULL))
);
CREATE INDEX referral_child ON referral (la_code, child_id, referral_date);
CREATE INDEX referral_date ON referral (la_code, referral_date);
COMMENT ON TABLE referral IS 'A referral to children''s social care and the episode of need it opens (CIN census CINdetails).';
COMMENT ON COLUMN referral.la_code IS 'Council.';
COMMENT ON COLUMN referral.id IS 'Episode identifier.';
COMMENT ON COLUMN referral.child_id IS 'Child referred.';
COMMENT ON COLUMN referral.contact_id IS 'The contact that became this referral, where recorded.';
COMMENT ON COLUMN referral.referral_date IS 'CINreferralDate (N00100).';
COMMENT ON COLUMN referral.source IS 'ReferralSource (N00152).';
COMMENT ON COLUMN referral.decision_date IS 'Date the type of response was decided (Working Together: within 1 working day); not in the census.';
COMMENT ON COLUMN referral.primary_need IS 'PrimaryNeedCode (N00101).';
COMMENT ON COLUMN referral.nfa IS 'ReferralNFA (N00112): no further action after the referral.';
COMMENT ON COLUMN referral.closure_date IS 'CINclosureDate (N00102).';
COMMENT ON COLUMN referral.closure_reason IS 'ReasonForClosure (N00103).';

CREATE TABLE assessment (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  referral_id text NOT NULL,
  start_date date NOT NULL,
  child_seen_date date,
  authorised_date date,
  factors code_assessment_factor[] NOT NULL DEFAULT '{}',
  needs_services boolean,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, referral_id) REFERENCES referral ON DELETE CASCADE,
  CHECK (authorised_date IS NULL OR authorised_date >= start_date)
);
CREATE INDEX assessment_referral ON assessment (la_code, referral_id);
CREATE INDEX assessment_authorised ON assessment (la_code, authorised_date);
COMMENT ON TABLE assessment IS 'A single (continuous) assessment under the Children Act 1989 (CIN census Assessments).';
COMMENT ON COLUMN assessment.la_code IS 'Council.';
COMMENT ON COLUMN assessment.id IS 'Assessment identifier.';
COMMENT ON COLUMN assessment.child_id IS 'Child assessed.';
COMMENT ON COLUMN assessment.referral_id IS 'Episode of need the assessment belongs to.';
COMMENT ON COLUMN assessment.start_date IS 'AssessmentActualStartDate (N00159).';
COMMENT ON COLUMN assessment.child_seen_date IS 'Date the child was first seen during the assessment (Annex A list 4).';
COMMENT ON COLUMN assessment.authorised_date IS 'AssessmentAuthorisationDate (N00160): the assessment''s completion.';
COMMENT ON COLUMN assessment.factors IS 'FactorsIdentifiedAtAssessment (N00181).';
COMMENT ON COLUMN assessment.needs_services IS 'Assessed as requiring children''s social care support (Annex A list 4).';

CREATE TABLE cin_plan (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  referral_id text NOT NULL,
  start_date date NOT NULL,
  end_date date,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, referral_id) REFERENCES referral ON DELETE CASCADE,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
CREATE INDEX cin_plan_child ON cin_plan (la_code, child_id);
COMMENT ON TABLE cin_plan IS 'A child in need plan (CIN census CINPlanDates).';
COMMENT ON COLUMN cin_plan.la_code IS 'Council.';
COMMENT ON COLUMN cin_plan.id IS 'Plan identifier.';
COMMENT ON COLUMN cin_plan.child_id IS 'Child.';
COMMENT ON COLUMN cin_plan.referral_id IS 'Episode of need.';
COMMENT ON COLUMN cin_plan.start_date IS 'CINPlanStartDate (N00689).';
COMMENT ON COLUMN cin_plan.end_date IS 'CINPlanEndDate (N00690).';

CREATE TABLE cin_plan_review (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  cin_plan_id text NOT NULL,
  review_date date NOT NULL,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, cin_plan_id) REFERENCES cin_plan ON DELETE CASCADE
);
CREATE INDEX cin_plan_review_plan ON cin_plan_review (la_code, cin_plan_id, review_date);
COMMENT ON TABLE cin_plan_review IS 'A review of a child in need plan (local practice: at least every six weeks).';
COMMENT ON COLUMN cin_plan_review.la_code IS 'Council.';
COMMENT ON COLUMN cin_plan_review.id IS 'Review identifier.';
COMMENT ON COLUMN cin_plan_review.child_id IS 'Child.';
COMMENT ON COLUMN cin_plan_review.cin_plan_id IS 'Plan reviewed.';
COMMENT ON COLUMN cin_plan_review.review_date IS 'Date of the review.';
