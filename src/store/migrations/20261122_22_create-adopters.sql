-- Adopters: the people the council's adoption agency assesses, approves and matches with children
-- (Ofsted Annex A list 11). One row per individual; a couple share a family identifier. The stages
-- follow the two-stage process of the Adoption Agencies Regulations 2005 as amended in 2013: stage one
-- (pre-assessment) then stage two (assessment), approval, match, placement and adoption order.

CREATE TABLE adopter (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  id text NOT NULL,
  family_id text,
  sex code_sex,
  ethnicity code_ethnicity,
  disabled boolean,
  ffa boolean,
  enquiry_date date,
  stage1_start date,
  stage1_end date,
  stage2_start date,
  stage2_end date,
  application_date date,
  approval_date date,
  match_date date,
  placed_date date,
  children_placed integer CHECK (children_placed >= 0),
  order_date date,
  left_date date,
  left_reason text CHECK (left_reason IN ('withdrew', 'on_hold', 'refused')),
  PRIMARY KEY (la_code, id),
  CHECK (stage1_start IS NULL OR enquiry_date IS NULL OR stage1_start >= enquiry_date),
  CHECK (stage1_end IS NULL OR stage1_start IS NULL OR stage1_end >= stage1_start),
  CHECK (stage2_start IS NULL OR stage1_end IS NULL OR stage2_start >= stage1_end),
  CHECK (stage2_end IS NULL OR stage2_start IS NULL OR stage2_end >= stage2_start),
  CHECK (approval_date IS NULL OR application_date IS NULL OR approval_date >= application_date),
  CHECK (match_date IS NULL OR approval_date IS NULL OR match_date >= approval_date),
  CHECK (placed_date IS NULL OR match_date IS NULL OR placed_date >= match_date),
  CHECK (order_date IS NULL OR placed_date IS NULL OR order_date >= placed_date),
  CHECK (left_date IS NULL OR enquiry_date IS NULL OR left_date >= enquiry_date),
  CHECK (left_reason IS NULL OR left_date IS NOT NULL)
);
CREATE INDEX adopter_family ON adopter (la_code, family_id);
COMMENT ON TABLE adopter IS 'An individual prospective or approved adopter known to the council''s adoption agency (Annex A list 11), and where they are in the adoption process.';
COMMENT ON COLUMN adopter.la_code IS 'Council.';
COMMENT ON COLUMN adopter.id IS 'Annex A individual adopter identifier (the council''s own).';
COMMENT ON COLUMN adopter.family_id IS 'Annex A family identifier: the adoptive household, shared by a couple (adoption.adopter_family_id of the children placed with them).';
COMMENT ON COLUMN adopter.sex IS 'Annex A gender: male, female or not stated (U).';
COMMENT ON COLUMN adopter.ethnicity IS 'DfE ethnicity code.';
COMMENT ON COLUMN adopter.disabled IS 'Whether the adopter has a disability.';
COMMENT ON COLUMN adopter.ffa IS 'Approved for fostering for adoption or concurrent planning (Annex A "Is the adopter FFA?").';
COMMENT ON COLUMN adopter.enquiry_date IS 'Date the agency received the first enquiry.';
COMMENT ON COLUMN adopter.stage1_start IS 'Start of stage one (pre-assessment), when the agency accepts the registration of interest.';
COMMENT ON COLUMN adopter.stage1_end IS 'End of stage one (expected within 2 months).';
COMMENT ON COLUMN adopter.stage2_start IS 'Start of stage two (assessment); fast-track applicants (approved foster carers, previous adopters) start here.';
COMMENT ON COLUMN adopter.stage2_end IS 'End of stage two (expected within 4 months).';
COMMENT ON COLUMN adopter.application_date IS 'Date the formal application to adopt was submitted.';
COMMENT ON COLUMN adopter.approval_date IS 'Date the agency decision maker approved the adopter as suitable to adopt.';
COMMENT ON COLUMN adopter.match_date IS 'Date matched with a child (agency decision maker''s decision on the match).';
COMMENT ON COLUMN adopter.placed_date IS 'Date a child was placed with the adopter for adoption.';
COMMENT ON COLUMN adopter.children_placed IS 'Number of children placed with the adopter.';
COMMENT ON COLUMN adopter.order_date IS 'Date of the adoption order.';
COMMENT ON COLUMN adopter.left_date IS 'Date the adopter left the process before an adoption order.';
COMMENT ON COLUMN adopter.left_reason IS 'Why they left: withdrew, on hold, or refused (Annex A "Reason for leaving process").';
COMMENT ON INDEX adopter_family IS 'The adopters of one family (Annex A list 11 lists a household together).';
