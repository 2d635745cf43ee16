/**
 * The 903's social worker episodes (SWEpisodes, 2023-24 on) into the record store as social worker
 * allocations. The return names each worker only by SW_ID (the worker's Social Work England
 * registration or the council's own id), without a team: a worker the store already knows keeps their
 * team; one it does not is added, with that id, to a team that says the return did not give one, for
 * the workforce manager to move. An episode is matched on child and start date (SW_DECOM), so a
 * re-import changes nothing; a child's social worker allocations in the year that the return no
 * longer has go, as for episodes of care.
 *
 * SW_REASON is the reason for the change of worker, on the episode the change starts (rules SW10,
 * SW15); the store keeps it on the allocation that ended (change_reason), or, for a first episode
 * with no earlier allocation in the store, on the new allocation (start_reason).
 */
import type { Row } from '../ssda903/dataset.ts';
import { getCodeList } from '../../codes/index.ts';
import { keepWhenBlank } from './as-at.ts';
import { cellText as text, codeIn, isoFromCell } from './codes.ts';
import type { ImportRun, ReturnScope } from './import-context.ts';
import type { StoreRow } from './upsert.ts';

/** The team a worker named only by a return joins until someone places them. */
export const RETURN_WORKERS_TEAM = 'SSDA903-SW';

const SW_REASONS = new Set(getCodeList('sw_reason').codes.map((c) => c.code));

interface SwEpisode {
  child: string;
  worker: string;
  start: string;
  end: string | null;
  reason: string | null;
}

interface StoredAllocation {
  id: string;
  child_id: string;
  start_date: string;
  change_reason: string | null;
}

/** The return's episodes of the known children, each child's in start order. */
function episodesByChild(rows: readonly Row[], known: ReadonlySet<string>): Map<string, SwEpisode[]> {
  const map = new Map<string, SwEpisode[]>();
  for (const row of rows) {
    const child = text(row, 'CHILD');
    const worker = text(row, 'SW_ID');
    const start = isoFromCell(text(row, 'SW_DECOM'));
    if (child === null || !known.has(child) || worker === null || start === null) continue;
    const episode = {
      child,
      worker,
      start,
      end: isoFromCell(text(row, 'SW_DEC')),
      reason: codeIn(text(row, 'SW_REASON'), SW_REASONS),
    };
    map.set(child, [...(map.get(child) ?? []), episode]);
  }
  for (const list of map.values()) list.sort((a, b) => a.start.localeCompare(b.start));
  return map;
}

/** Writes the episodes of the scope's children as allocations; the counts go to `run` (team, worker, allocation). */
export async function importSocialWorkers(
  run: ImportRun,
  scope: ReturnScope,
  rows: readonly Row[] | undefined,
): Promise<void> {
  const { db, laCode } = run;
  const byChild = episodesByChild(rows ?? [], scope.known);
  const all = [...byChild.values()].flat();
  if (all.length === 0) return;
  const teams = await workerTeams(run, all);
  const children = [...byChild.keys()];
  const stored = await db.query<StoredAllocation>(
    `SELECT id, child_id, start_date, change_reason FROM allocation
      WHERE la_code = $1 AND kind = 'social_worker' AND child_id = ANY($2::text[]) ORDER BY child_id, start_date, id`,
    [laCode, children],
  );
  const storedOf = new Map<string, StoredAllocation[]>();
  for (const row of stored) storedOf.set(row.child_id, [...(storedOf.get(row.child_id) ?? []), row]);

  const allocations: StoreRow[] = [];
  const earlierReasons: StoreRow[] = [];
  for (const [child, episodes] of byChild) {
    const mine = storedOf.get(child) ?? [];
    const first = episodes[0]!;
    // The allocation before the return's first episode, if the store has one, carries its SW_REASON.
    const before = mine.filter((a) => a.start_date < first.start).pop();
    if (before !== undefined && first.reason !== null && before.change_reason !== first.reason) {
      earlierReasons.push({ id: before.id, change_reason: first.reason });
    }
    episodes.forEach((episode, index) => {
      const same = mine.find((a) => a.start_date === episode.start);
      allocations.push({
        la_code: laCode,
        id: same?.id ?? `${child}-SW-${episode.start}`,
        child_id: child,
        worker_id: episode.worker,
        team_id: teams.get(episode.worker)!,
        kind: 'social_worker',
        start_date: episode.start,
        end_date: episode.end,
        change_reason: episodes[index + 1]?.reason ?? null,
        start_reason: index === 0 && before === undefined ? firstReason(episode.reason) : null,
      });
    });
  }
  // An episode open at 31 March says nothing of what came after: a later end the store knows stays.
  const allocationCounts = await run.upsert(
    'allocation',
    allocations,
    ['la_code', 'id'],
    ['worker_id', 'team_id', 'end_date', 'change_reason', 'start_reason'],
    keepWhenBlank('end_date', 'change_reason'),
  );
  allocationCounts.updated += await setChangeReasons(db, laCode, earlierReasons);
  allocationCounts.deleted = await deleteWithdrawn(run, scope, children, allocations);
}

/**
 * A first worker's reason worth keeping: MANAGE is what an export gives a first worker when it knows
 * none (export-903.ts), so storing it would add nothing and make a store's own export look changed.
 */
function firstReason(reason: string | null): string | null {
  return reason === 'MANAGE' ? null : reason;
}

/** Each named worker's team: the store's, or the return workers' team for a worker new to the store. */
async function workerTeams(run: ImportRun, episodes: readonly SwEpisode[]): Promise<Map<string, string>> {
  const { db, laCode } = run;
  const named = [...new Set(episodes.map((e) => e.worker))];
  const existing = await db.query<{ id: string; team_id: string }>(
    'SELECT id, team_id FROM worker WHERE la_code = $1 AND id = ANY($2::text[])',
    [laCode, named],
  );
  const teams = new Map(existing.map((w) => [w.id, w.team_id]));
  const firstSeen = new Map<string, string>();
  for (const e of episodes)
    if (!teams.has(e.worker) && (firstSeen.get(e.worker) ?? '9999') > e.start) firstSeen.set(e.worker, e.start);
  if (firstSeen.size === 0) return teams;
  const opened = [...firstSeen.values()].sort()[0]!;
  await run.upsert(
    'team',
    [
      {
        la_code: laCode,
        id: RETURN_WORKERS_TEAM,
        name: 'Social workers named in a 903 return (team not given)',
        kind: 'permanence',
        opened,
      },
    ],
    ['la_code', 'id'],
    [],
  );
  const workers = [...firstSeen].map(([id, start]) => ({
    la_code: laCode,
    id,
    name: `Social worker ${id}`,
    role: 'social_worker',
    team_id: RETURN_WORKERS_TEAM,
    fte: 1,
    qualified: true,
    start_date: start,
  }));
  await run.upsert('worker', workers, ['la_code', 'id'], []);
  for (const id of firstSeen.keys()) teams.set(id, RETURN_WORKERS_TEAM);
  return teams;
}

/** Sets the change reason of allocations the return's first episodes follow, in one statement. */
async function setChangeReasons(db: ImportRun['db'], laCode: string, rows: readonly StoreRow[]): Promise<number> {
  if (rows.length === 0) return 0;
  const updated = await db.query(
    `UPDATE allocation a SET change_reason = r.reason FROM unnest($2::text[], $3::text[]) AS r(id, reason)
      WHERE a.la_code = $1 AND a.id = r.id RETURNING 1`,
    [laCode, rows.map((r) => r['id']), rows.map((r) => r['change_reason'])],
  );
  return updated.length;
}

/** Deletes the children's social worker allocations starting in the year that the return no longer has. */
async function deleteWithdrawn(
  run: ImportRun,
  scope: ReturnScope,
  children: string[],
  kept: readonly StoreRow[],
): Promise<number> {
  const rows = await run.db.query(
    `DELETE FROM allocation WHERE la_code = $1 AND kind = 'social_worker' AND child_id = ANY($2::text[])
        AND start_date BETWEEN $3 AND $4 AND NOT (id = ANY($5::text[])) RETURNING 1`,
    [run.laCode, children, scope.yearStart, scope.yearEnd, kept.map((a) => a['id'])],
  );
  return rows.length;
}
