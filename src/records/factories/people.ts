/** Factories for councils (with population), teams, workers, children and allocations. */
import type { Db } from '../../store/db.ts';
import { insertRows } from '../../store/bulk.ts';
import { insertOne, nextId, rowExists, TEST_LA } from './insert.ts';
import type {
  AllocationRow as StoredAllocationRow,
  ChildRow as StoredChildRow,
  CouncilPopulationRow,
  CouncilRow as StoredCouncilRow,
  TeamRow,
  WorkerRow,
} from '../../store/rows.ts';
export type { CouncilPopulationRow, TeamRow, WorkerRow } from '../../store/rows.ts';

/** As inserted: `created_at` is the store's default. */
export type CouncilRow = Omit<StoredCouncilRow, 'created_at'>;

export interface CouncilOverrides extends Partial<CouncilRow> {
  /** Population per year; defaults to 50,000 aged 0-17 and 40% of that aged 10-17 for each year 2015-2030. */
  population?: { years?: readonly number[]; aged_0_17?: number; aged_10_17?: number };
}

/** Inserts a council and its mid-year population rows (rates per 10k need them). */
export async function buildCouncil(
  db: Db,
  overrides: CouncilOverrides = {},
): Promise<CouncilRow & { population: CouncilPopulationRow[] }> {
  const { population = {}, ...fields } = overrides;
  const la_code = fields.la_code ?? TEST_LA;
  const council = await insertOne(db, 'council', {
    la_code,
    new_la_code: `E09000${la_code}`,
    name: `Synthetic Council ${la_code}`,
    region: 'Synthetic Region',
    ...fields,
  } satisfies CouncilRow);
  const years = population.years ?? Array.from({ length: 16 }, (_, index) => 2015 + index);
  const aged_0_17 = population.aged_0_17 ?? 50_000;
  const aged_10_17 = population.aged_10_17 ?? Math.round(aged_0_17 * 0.4);
  const rows = years.map((year) => ({ la_code, year, aged_0_17, aged_10_17 }));
  await insertRows(db, 'council_population', rows);
  return { ...council, population: rows };
}

/** Creates the council unless it exists already; factories call this so any of them can go first. */
export async function ensureCouncil(db: Db, la_code: string = TEST_LA): Promise<void> {
  if (!(await rowExists(db, 'council', { la_code }))) await buildCouncil(db, { la_code });
}

export async function buildTeam(db: Db, overrides: Partial<TeamRow> = {}): Promise<TeamRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  await ensureCouncil(db, la_code);
  const id = overrides.id ?? nextId('T');
  return insertOne(db, 'team', {
    la_code,
    id,
    name: `Team ${id}`,
    kind: 'fieldwork',
    locality: 'North',
    opened: '2010-01-01',
    closed: null,
    ...overrides,
  } satisfies TeamRow);
}

/** Inserts a worker; builds a team for them when `team_id` is not given. */
export async function buildWorker(db: Db, overrides: Partial<WorkerRow> = {}): Promise<WorkerRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const team_id = overrides.team_id ?? (await buildTeam(db, { la_code })).id;
  const id = overrides.id ?? nextId('W');
  return insertOne(db, 'worker', {
    la_code,
    id,
    name: `Worker ${id}`,
    role: 'social_worker',
    team_id,
    fte: 1,
    qualified: true,
    asye: false,
    agency: false,
    start_date: '2015-01-01',
    end_date: null,
    ...overrides,
  } satisfies WorkerRow);
}

/** As inserted: `disabilities` given as an array (rows.ts reads it back as array text); `first_child_birth` left to the default. */
export type ChildRow = Omit<StoredChildRow, 'disabilities' | 'first_child_birth'> & { disabilities: readonly string[] };

/** Inserts a synthetic child (born 2015-06-01 unless told otherwise). */
export async function buildChild(db: Db, overrides: Partial<ChildRow> = {}): Promise<ChildRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  await ensureCouncil(db, la_code);
  const id = overrides.id ?? nextId('C');
  return insertOne(db, 'child', {
    la_code,
    id,
    upn: null,
    former_upn: null,
    upn_unknown: null,
    given_name: 'Test',
    family_name: `Child${id}`,
    date_of_birth: '2015-06-01',
    expected_date_of_birth: null,
    sex: 'F',
    ethnicity: 'WBRI',
    disabilities: ['NONE'],
    death_date: null,
    family_id: null,
    home_postcode: null,
    uasc: false,
    uasc_ceased: null,
    mother_of_child: null,
    history_from: null,
    ...overrides,
  } satisfies ChildRow);
}

/** The child's id from the overrides, or a new child's (children are the parent of most records). */
export async function childIdFor(db: Db, la_code: string, child_id: string | undefined): Promise<string> {
  return child_id ?? (await buildChild(db, { la_code })).id;
}

/** As inserted: `start_reason` left to the default. */
export type AllocationRow = Omit<StoredAllocationRow, 'start_reason'>;

/** Allocates a child to a worker; the team defaults to the worker's team. */
export async function buildAllocation(db: Db, overrides: Partial<AllocationRow> = {}): Promise<AllocationRow> {
  const la_code = overrides.la_code ?? TEST_LA;
  const child_id = await childIdFor(db, la_code, overrides.child_id);
  let worker_id = overrides.worker_id;
  let team_id = overrides.team_id;
  if (worker_id === undefined) {
    const worker = await buildWorker(db, { la_code, ...(team_id ? { team_id } : {}) });
    worker_id = worker.id;
    team_id ??= worker.team_id;
  } else if (team_id === undefined) {
    const [row] = await db.query<{ team_id: string }>('SELECT team_id FROM worker WHERE la_code = $1 AND id = $2', [
      la_code,
      worker_id,
    ]);
    if (!row) throw new Error(`buildAllocation: no worker ${worker_id} in council ${la_code}`);
    team_id = row.team_id;
  }
  return insertOne(db, 'allocation', {
    la_code,
    id: overrides.id ?? nextId('AL'),
    kind: 'social_worker',
    start_date: '2024-04-01',
    end_date: null,
    change_reason: null,
    ...overrides,
    child_id,
    worker_id,
    team_id,
  } satisfies AllocationRow);
}
