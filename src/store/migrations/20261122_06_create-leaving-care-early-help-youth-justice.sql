-- Care leavers, early help and Supporting Families, youth justice, and exploitation.

CREATE TABLE care_leaver (
  la_code text NOT NULL,
  child_id text NOT NULL,
  eligibility code_care_leaver_eligibility NOT NULL,
  eligible_from date NOT NULL,
  personal_adviser_id text,
  pathway_plan_review_date date,
  services_ended date,
  PRIMARY KEY (la_code, child_id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, personal_adviser_id) REFERENCES worker,
  CHECK (services_ended IS NULL OR services_ended >= eligible_from)
);
COMMENT ON TABLE care_leaver IS 'A young person entitled to leaving care support (Children (Leaving Care) Act 2000): Annex A list 9.';
COMMENT ON COLUMN care_leaver.la_code IS 'Council.';
COMMENT ON COLUMN care_leaver.child_id IS 'The young person.';
COMMENT ON COLUMN care_leaver.eligibility IS 'Eligible, relevant, former relevant or qualifying.';
COMMENT ON COLUMN care_leaver.eligible_from IS 'Date the entitlement began.';
COMMENT ON COLUMN care_leaver.personal_adviser_id IS 'Allocated personal adviser.';
COMMENT ON COLUMN care_leaver.pathway_plan_review_date IS 'Latest pathway plan review.';
COMMENT ON COLUMN care_leaver.services_ended IS 'Date the service ended (aged 21, or 25 on request).';

CREATE TABLE care_leaver_contact (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  contact_date date NOT NULL,
  birthday_age integer CHECK (birthday_age BETWEEN 16 AND 25),
  in_touch code_in_touch NOT NULL,
  activity code_activity,
  accommodation code_accommodation,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE
);
CREATE INDEX care_leaver_contact_child ON care_leaver_contact (la_code, child_id, contact_date);
COMMENT ON TABLE care_leaver_contact IS 'Contact with a care leaver and their activity and accommodation at that time (903 OC3 is the contact around each birthday).';
COMMENT ON COLUMN care_leaver_contact.la_code IS 'Council.';
COMMENT ON COLUMN care_leaver_contact.id IS 'Identifier.';
COMMENT ON COLUMN care_leaver_contact.child_id IS 'The young person.';
COMMENT ON COLUMN care_leaver_contact.contact_date IS 'Date of contact.';
COMMENT ON COLUMN care_leaver_contact.birthday_age IS 'When this is the contact around a birthday (OC3), the age reached; otherwise null.';
COMMENT ON COLUMN care_leaver_contact.in_touch IS '903 IN_TOUCH.';
COMMENT ON COLUMN care_leaver_contact.activity IS '903 ACTIV.';
COMMENT ON COLUMN care_leaver_contact.accommodation IS '903 ACCOM.';

CREATE TABLE early_help_episode (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  family_id text,
  referral_date date NOT NULL,
  assessment_start date,
  assessment_completed date,
  organisation text,
  end_date date,
  end_reason text CHECK (end_reason IN ('needs_met', 'step_up', 'disengaged', 'moved', 'other')),
  stepped_down_from_referral_id text,
  stepped_up_to_referral_id text,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  FOREIGN KEY (la_code, stepped_down_from_referral_id) REFERENCES referral,
  FOREIGN KEY (la_code, stepped_up_to_referral_id) REFERENCES referral,
  CHECK (assessment_start IS NULL OR assessment_start >= referral_date),
  CHECK (assessment_completed IS NULL OR (assessment_start IS NOT NULL AND assessment_completed >= assessment_start)),
  CHECK (end_date IS NULL OR end_date >= referral_date),
  CHECK ((end_date IS NULL) = (end_reason IS NULL))
);
CREATE INDEX early_help_dates ON early_help_episode (la_code, referral_date, end_date);
COMMENT ON TABLE early_help_episode IS 'Early help for a child outside statutory social care: referral to a hub, early help assessment, team around the family, step-up or step-down (Annex A list 2).';
COMMENT ON COLUMN early_help_episode.la_code IS 'Council.';
COMMENT ON COLUMN early_help_episode.id IS 'Identifier.';
COMMENT ON COLUMN early_help_episode.child_id IS 'Child.';
COMMENT ON COLUMN early_help_episode.family_id IS 'Family (Supporting Families attachment).';
COMMENT ON COLUMN early_help_episode.referral_date IS 'Date referred to early help.';
COMMENT ON COLUMN early_help_episode.assessment_start IS 'Early help assessment started.';
COMMENT ON COLUMN early_help_episode.assessment_completed IS 'Early help assessment completed.';
COMMENT ON COLUMN early_help_episode.organisation IS 'Organisation completing the assessment.';
COMMENT ON COLUMN early_help_episode.end_date IS 'Date early help ended.';
COMMENT ON COLUMN early_help_episode.end_reason IS 'Why it ended.';
COMMENT ON COLUMN early_help_episode.stepped_down_from_referral_id IS 'The social care episode it was stepped down from.';
COMMENT ON COLUMN early_help_episode.stepped_up_to_referral_id IS 'The social care referral it was stepped up to.';

CREATE TABLE sf_family (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  family_id text NOT NULL,
  attached_date date NOT NULL,
  PRIMARY KEY (la_code, family_id)
);
COMMENT ON TABLE sf_family IS 'A family attached to the Supporting Families (formerly Troubled Families) programme.';
COMMENT ON COLUMN sf_family.la_code IS 'Council.';
COMMENT ON COLUMN sf_family.family_id IS 'Family.';
COMMENT ON COLUMN sf_family.attached_date IS 'Date the family was identified and attached.';

CREATE TABLE sf_claim (
  la_code text NOT NULL,
  id text NOT NULL,
  family_id text NOT NULL,
  claim_date date NOT NULL,
  kind text NOT NULL CHECK (kind IN ('sustained_progress', 'continuous_employment')),
  claim_window text NOT NULL,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, family_id) REFERENCES sf_family ON DELETE CASCADE
);
COMMENT ON TABLE sf_claim IS 'A successful payment-by-results claim for a Supporting Families family.';
COMMENT ON COLUMN sf_claim.la_code IS 'Council.';
COMMENT ON COLUMN sf_claim.id IS 'Identifier.';
COMMENT ON COLUMN sf_claim.family_id IS 'Family.';
COMMENT ON COLUMN sf_claim.claim_date IS 'Date the claim was made.';
COMMENT ON COLUMN sf_claim.kind IS 'Significant and sustained progress, or continuous employment.';
COMMENT ON COLUMN sf_claim.claim_window IS 'The programme''s claim window (e.g. 2025-Q3).';

CREATE TABLE yj_offence (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  offence_date date NOT NULL,
  outcome code_yj_outcome NOT NULL,
  outcome_date date NOT NULL,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  CHECK (outcome_date >= offence_date)
);
CREATE INDEX yj_offence_child ON yj_offence (la_code, child_id, outcome_date);
COMMENT ON TABLE yj_offence IS 'A proven offence by a young person and its outcome (caution or conviction); the first is first entry to the youth justice system.';
COMMENT ON COLUMN yj_offence.la_code IS 'Council.';
COMMENT ON COLUMN yj_offence.id IS 'Identifier.';
COMMENT ON COLUMN yj_offence.child_id IS 'Young person.';
COMMENT ON COLUMN yj_offence.offence_date IS 'Date of the offence.';
COMMENT ON COLUMN yj_offence.outcome IS 'Outcome: caution, order or custodial sentence.';
COMMENT ON COLUMN yj_offence.outcome_date IS 'Date of the caution or sentence.';

CREATE TABLE yj_intervention (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  start_date date NOT NULL,
  end_date date,
  ete_at_end code_yj_end_status,
  accommodation_at_end code_yj_end_status,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  CHECK (end_date IS NULL OR end_date >= start_date)
);
COMMENT ON TABLE yj_intervention IS 'A youth justice intervention (order or programme) and the young person''s education and accommodation at its end.';
COMMENT ON COLUMN yj_intervention.la_code IS 'Council.';
COMMENT ON COLUMN yj_intervention.id IS 'Identifier.';
COMMENT ON COLUMN yj_intervention.child_id IS 'Young person.';
COMMENT ON COLUMN yj_intervention.start_date IS 'Start.';
COMMENT ON COLUMN yj_intervention.end_date IS 'End.';
COMMENT ON COLUMN yj_intervention.ete_at_end IS 'In suitable education, training or employment at the end.';
COMMENT ON COLUMN yj_intervention.accommodation_at_end IS 'In suitable accommodation at the end.';

CREATE TABLE exploitation_assessment (
  la_code text NOT NULL,
  id text NOT NULL,
  child_id text NOT NULL,
  assessment_date date NOT NULL,
  sexual_exploitation_risk code_risk_level,
  criminal_exploitation_risk code_risk_level,
  arrangements_start date,
  arrangements_end date,
  disclosure boolean NOT NULL DEFAULT false,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, child_id) REFERENCES child ON DELETE CASCADE,
  CHECK (arrangements_end IS NULL OR arrangements_end >= arrangements_start)
);
COMMENT ON TABLE exploitation_assessment IS 'A child considered under the vulnerable, exploited, missing and trafficked (VEMT) arrangements, with the assessed risk.';
COMMENT ON COLUMN exploitation_assessment.la_code IS 'Council.';
COMMENT ON COLUMN exploitation_assessment.id IS 'Identifier.';
COMMENT ON COLUMN exploitation_assessment.child_id IS 'Child.';
COMMENT ON COLUMN exploitation_assessment.assessment_date IS 'Date considered.';
COMMENT ON COLUMN exploitation_assessment.sexual_exploitation_risk IS 'Assessed risk of sexual exploitation.';
COMMENT ON COLUMN exploitation_assessment.criminal_exploitation_risk IS 'Assessed risk of criminal exploitation.';
COMMENT ON COLUMN exploitation_assessment.arrangements_start IS 'Start of being subject to the arrangements.';
COMMENT ON COLUMN exploitation_assessment.arrangements_end IS 'End of being subject to the arrangements.';
COMMENT ON COLUMN exploitation_assessment.disclosure IS 'Whether the child made a disclosure.';
