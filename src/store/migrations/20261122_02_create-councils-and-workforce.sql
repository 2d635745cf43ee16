-- Councils, their population, and the workforce: teams, workers and the allocation of children to
-- workers over time. Every table carries the council's code in its key so one store can hold several
-- councils and the schema can later be distributed by council unchanged.

CREATE TABLE council (
  la_code text PRIMARY KEY CHECK (la_code ~ '^[0-9]{3}$'),
  new_la_code text UNIQUE CHECK (new_la_code ~ '^E[0-9]{8}$'),
  name text NOT NULL,
  region text,
  created_at timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE council IS 'A local authority whose children''s social care records this store holds.';
COMMENT ON COLUMN council.la_code IS 'The DfE three-digit local authority code (e.g. 929 Northumberland); the key every other table carries.';
COMMENT ON COLUMN council.new_la_code IS 'The nine-character ONS code (e.g. E06000057).';
COMMENT ON COLUMN council.name IS 'Council name as DfE statistics print it.';
COMMENT ON COLUMN council.region IS 'Government office region, for regional benchmarks.';
COMMENT ON COLUMN council.created_at IS 'When the council was added to this store.';

CREATE TABLE council_population (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  year integer NOT NULL CHECK (year BETWEEN 1990 AND 2100),
  aged_0_17 integer NOT NULL CHECK (aged_0_17 > 0),
  aged_10_17 integer NOT NULL CHECK (aged_10_17 > 0 AND aged_10_17 <= aged_0_17),
  PRIMARY KEY (la_code, year)
);
COMMENT ON TABLE council_population IS 'ONS mid-year population estimates: the denominators of rates per 10,000 (0-17) and per 100,000 or 1,000 (10-17).';
COMMENT ON COLUMN council_population.la_code IS 'Council.';
COMMENT ON COLUMN council_population.year IS 'Year of the mid-year (30 June) estimate.';
COMMENT ON COLUMN council_population.aged_0_17 IS 'Children aged 0 to 17.';
COMMENT ON COLUMN council_population.aged_10_17 IS 'Young people aged 10 to 17 (youth justice rates).';

CREATE TABLE team (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  kind code_team_kind NOT NULL,
  locality text,
  opened date NOT NULL,
  closed date,
  PRIMARY KEY (la_code, id),
  CHECK (closed IS NULL OR closed >= opened)
);
COMMENT ON TABLE team IS 'A team of workers: front door, assessment, fieldwork, disabled children, permanence, leaving care, youth justice, early help or IRO.';
COMMENT ON COLUMN team.la_code IS 'Council.';
COMMENT ON COLUMN team.id IS 'Team identifier, unique within the council.';
COMMENT ON COLUMN team.name IS 'Team name as staff know it.';
COMMENT ON COLUMN team.kind IS 'What the team does (code list team_kind).';
COMMENT ON COLUMN team.locality IS 'Locality or area the team serves, for locality-level reporting.';
COMMENT ON COLUMN team.opened IS 'Date the team was formed.';
COMMENT ON COLUMN team.closed IS 'Date the team was disbanded, if it was.';

CREATE TABLE team_establishment (
  la_code text NOT NULL,
  team_id text NOT NULL,
  from_date date NOT NULL,
  funded_fte numeric(6,2) NOT NULL CHECK (funded_fte >= 0),
  PRIMARY KEY (la_code, team_id, from_date),
  FOREIGN KEY (la_code, team_id) REFERENCES team ON DELETE CASCADE
);
COMMENT ON TABLE team_establishment IS 'Funded social work posts per team from a date: vacancies are funded FTE less filled FTE.';
COMMENT ON COLUMN team_establishment.la_code IS 'Council.';
COMMENT ON COLUMN team_establishment.team_id IS 'Team.';
COMMENT ON COLUMN team_establishment.from_date IS 'Date this establishment took effect (until the next row).';
COMMENT ON COLUMN team_establishment.funded_fte IS 'Funded full-time-equivalent posts.';

CREATE TABLE worker (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  id text NOT NULL,
  name text NOT NULL,
  role code_worker_role NOT NULL,
  team_id text NOT NULL,
  fte numeric(3,2) NOT NULL CHECK (fte > 0 AND fte <= 1),
  qualified boolean NOT NULL,
  asye boolean NOT NULL DEFAULT false,
  agency boolean NOT NULL DEFAULT false,
  start_date date NOT NULL,
  end_date date,
  PRIMARY KEY (la_code, id),
  FOREIGN KEY (la_code, team_id) REFERENCES team,
  CHECK (end_date IS NULL OR end_date >= start_date),
  CHECK (NOT asye OR qualified)
);
COMMENT ON TABLE worker IS 'A member of staff who holds cases or chairs reviews: social workers, managers, IROs, personal advisers, family and youth justice workers.';
COMMENT ON COLUMN worker.la_code IS 'Council.';
COMMENT ON COLUMN worker.id IS 'Worker identifier (the 903 SW_ID for social workers).';
COMMENT ON COLUMN worker.name IS 'Full name.';
COMMENT ON COLUMN worker.role IS 'Role (code list worker_role).';
COMMENT ON COLUMN worker.team_id IS 'Team the worker belongs to.';
COMMENT ON COLUMN worker.fte IS 'Full-time equivalent, 0.01 to 1.00.';
COMMENT ON COLUMN worker.qualified IS 'Registered social worker.';
COMMENT ON COLUMN worker.asye IS 'In the assessed and supported year in employment (protected caseload).';
COMMENT ON COLUMN worker.agency IS 'Employed through an agency rather than by the council.';
COMMENT ON COLUMN worker.start_date IS 'First day in post.';
COMMENT ON COLUMN worker.end_date IS 'Last day in post, if the worker has left.';

CREATE TABLE workload_weight (
  la_code text NOT NULL REFERENCES council ON DELETE CASCADE,
  case_kind text NOT NULL CHECK (case_kind IN ('assessment', 'cin', 'cp', 'cla', 'care_leaver', 'proceedings', 'early_help', 'youth_justice')),
  points numeric(5,2) NOT NULL CHECK (points >= 0),
  PRIMARY KEY (la_code, case_kind)
);
COMMENT ON TABLE workload_weight IS 'The council''s workload model: points a case of each kind adds to its worker''s load (seed 001: an ideal of 56 points for an experienced worker).';
COMMENT ON COLUMN workload_weight.la_code IS 'Council.';
COMMENT ON COLUMN workload_weight.case_kind IS 'Kind of case by the child''s status.';
COMMENT ON COLUMN workload_weight.points IS 'Points per case of that kind.';
