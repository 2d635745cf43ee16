/**
 * What the child page shows, read on the caller's behalf: the record through readChildRecord (the
 * decision and its audit row in one transaction, the reads as the reader role under row-level
 * security), then, only when that allowed it, the clocks running on the child, the names of the
 * workers and teams in the allocation history, and the siblings the caller may also see.
 */
import { readChildRecord, type Row } from '../../access/child-records.ts';
import { withActor } from '../../access/actor.ts';
import type { Actor } from '../../access/policy.ts';
import { computeClocks, type Clock } from '../../practice/clocks/engine.ts';
import { loadClockRules, type ClockRule } from '../../practice/clocks/rules.ts';
import type { Db } from '../../store/db.ts';
import { buildChronology, type ChronologyEvent } from './chronology.ts';

export interface ChildSummary {
  id: string;
  name: string;
  dateOfBirth: string | null;
  upn: string | null;
  sex: string;
  familyId: string | null;
}

export interface AllocationLine {
  id: string;
  kind: string;
  worker: string;
  team: string;
  start: string;
  end: string | null;
}

export interface ChildPageData {
  child: ChildSummary;
  chronology: ChronologyEvent[];
  /** Clocks running at the date (not yet met): overdue first, then by due date. */
  clocks: Clock[];
  allocations: AllocationLine[];
  siblings: ChildSummary[];
}

let rules: ClockRule[] | undefined;
/** The clock rules of data/practice/clocks.json, read once per process. */
export function clockRules(): ClockRule[] {
  rules ??= loadClockRules();
  return rules;
}

export function childName(row: Row): string {
  const name = [row.given_name, row.family_name].filter((part) => typeof part === 'string' && part).join(' ');
  return name || `Child ${String(row.id)}`;
}

function dateText(value: unknown): string | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value.slice(0, 10) : null;
}

export function summarise(row: Row): ChildSummary {
  return {
    id: String(row.id),
    name: childName(row),
    dateOfBirth: dateText(row.date_of_birth),
    upn: typeof row.upn === 'string' ? row.upn : null,
    sex: String(row.sex ?? ''),
    familyId: typeof row.family_id === 'string' ? row.family_id : null,
  };
}

const STATUS_ORDER: Record<string, number> = { overdue: 0, 'due soon': 1, 'on time': 2 };

/** The clocks on the child still running at `at`, most urgent first (the engine reads this child only). */
export async function runningClocks(db: Db, laCode: string, childId: string, at: string): Promise<Clock[]> {
  const clocks = await computeClocks(db, { laCode, at, rules: clockRules(), childIds: [childId] });
  return clocks
    .filter((clock) => clock.met === null)
    .sort((a, b) => (STATUS_ORDER[a.status] ?? 9) - (STATUS_ORDER[b.status] ?? 9) || a.due.localeCompare(b.due));
}

/** Names of the workers and teams in the child's allocations, by id (staff names are not child data). */
async function staffNames(
  db: Db,
  laCode: string,
  allocations: readonly Row[],
): Promise<{ workers: Map<string, string>; teams: Map<string, string> }> {
  const ids = (column: string) => [...new Set(allocations.map((row) => String(row[column])))];
  const workers = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM worker WHERE la_code = $1 AND id = ANY($2::text[])',
    [laCode, ids('worker_id')],
  );
  const teams = await db.query<{ id: string; name: string }>(
    'SELECT id, name FROM team WHERE la_code = $1 AND id = ANY($2::text[])',
    [laCode, ids('team_id')],
  );
  return {
    workers: new Map(workers.map((w) => [w.id, w.name])),
    teams: new Map(teams.map((t) => [t.id, t.name])),
  };
}

/** Other children of the same family, as far as the caller may see them (row-level security filters). */
async function siblingsOf(db: Db, actor: Actor, child: ChildSummary, on: string): Promise<ChildSummary[]> {
  if (!child.familyId) return [];
  const rows = await withActor(db, actor, 'read', { on }, (tx) =>
    tx.query<Row>(
      'SELECT * FROM child WHERE la_code = $1 AND family_id = $2 AND id <> $3 ORDER BY date_of_birth NULLS LAST, id',
      [actor.laCode, child.familyId, child.id],
    ),
  );
  return rows.map(summarise);
}

export interface ChildPageRequest {
  childId: string;
  on: string;
  via: string;
  address: string;
}

/** The page's data, or undefined when the child is absent or outside the caller's scope (both audited). */
export async function loadChildPage(
  db: Db,
  actor: Actor,
  request: ChildPageRequest,
): Promise<ChildPageData | undefined> {
  const record = await readChildRecord(db, actor, request.childId, {
    on: request.on,
    via: request.via,
    address: request.address,
  });
  if (!record) return undefined;
  const child = summarise(record.child);
  const held = record.tables.allocation ?? [];
  const names = await staffNames(db, actor.laCode, held);
  const allocations = held
    .map((row) => ({
      id: String(row.id),
      kind: String(row.kind).replace(/_/g, ' '),
      worker: names.workers.get(String(row.worker_id)) ?? String(row.worker_id),
      team: names.teams.get(String(row.team_id)) ?? String(row.team_id),
      start: dateText(row.start_date) ?? '',
      end: dateText(row.end_date),
    }))
    .sort((a, b) => b.start.localeCompare(a.start) || a.id.localeCompare(b.id));
  return {
    child,
    chronology: buildChronology(record),
    clocks: await runningClocks(db, actor.laCode, child.id, request.on),
    allocations,
    siblings: await siblingsOf(db, actor, child, request.on),
  };
}
