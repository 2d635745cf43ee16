-- Indexes for the clock engine asked about part of a council (src/practice/clocks/sql.ts): a child's page,
-- a worker's caseload, a team's page and `kestrel drift --level team:ID` start every rule's scan from the
-- children in scope, so each table a rule starts from needs a look-up by child. The other tables already
-- have one (a unique key or an index leading with la_code, child_id).

-- Section 47 enquiries of a child (the ICPC clock: Working Together 2023, 15 working days).
CREATE INDEX IF NOT EXISTS s47_enquiry_child ON s47_enquiry (la_code, child_id, start_date);
COMMENT ON INDEX s47_enquiry_child IS 'A child''s section 47 enquiries in order (statutory clocks of one child or caseload).';

-- Adoption decisions of a child (the local adoption-match clock).
CREATE INDEX IF NOT EXISTS adoption_child ON adoption (la_code, child_id);
COMMENT ON INDEX adoption_child IS 'A child''s adoption decisions (statutory clocks of one child or caseload).';

-- The children a team holds at a date (a team's page, the drift list of a team).
CREATE INDEX IF NOT EXISTS allocation_team ON allocation (la_code, team_id, start_date);
COMMENT ON INDEX allocation_team IS 'Allocations of a team in order (a team''s caseload and clocks at a date).';
