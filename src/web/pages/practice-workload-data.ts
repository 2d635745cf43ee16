/**
 * The workload page's reads: the viewer the access core decides for the workload tool (a social worker
 * their own load, a team manager their team, others the council or a team), the workload report
 * (points against capacity, team distribution, experienced workers above the ideal, unallocated cases
 * the viewer may see, each audited), and the what-if of moving a child to another worker, which writes
 * nothing but the audit row of the child named.
 */
import type { Actor } from '../../access/policy.ts';
import { workloadReport, type WorkloadReport } from '../../practice/workload/workload.ts';
import type { Db } from '../../store/db.ts';
import { ApiError } from '../errors.ts';
import { dateField, practiceWorkloadModel, runTool, viewerOf } from '../api/practice-query.ts';
import type { PracticePageQuery } from './practice-drift-data.ts';

export interface WorkloadPageData {
  report: WorkloadReport;
  names: ReadonlyMap<string, string>;
  team: string;
  move: string;
  to: string;
  teams: Array<{ id: string; name: string }>;
}

const ID = /^[\w-]{1,40}$/;

function idField(value: string | undefined, field: string): string {
  const text = (value ?? '').trim();
  if (text && !ID.test(text)) throw new ApiError('bad_request', `${field}: not an id.`, field);
  return text;
}

export async function workloadPage(db: Db, actor: Actor, request: PracticePageQuery): Promise<WorkloadPageData> {
  const at = dateField(request.query.at, 'at', request.today);
  const team = idField(request.query.team, 'team');
  const move = idField(request.query.move, 'move');
  const to = idField(request.query.to, 'to');
  if (Boolean(move) !== Boolean(to))
    throw new ApiError('bad_request', 'To try a move, give both the child and the worker to move it to.', 'to');
  const context = { on: at, via: request.via, address: request.address };
  const viewer = await viewerOf(db, actor, 'workload', team ? { kind: 'team', id: team } : undefined, context);
  if (to && viewer.scope !== 'council') await viewerOf(db, actor, 'workload', { kind: 'worker', id: to }, context);
  const report = await runTool(() =>
    workloadReport(db, {
      la: actor.laCode,
      at,
      level: viewer.level,
      model: practiceWorkloadModel(),
      move: move && to ? { childId: move, toWorkerId: to } : undefined,
      actor: actor.userId,
      via: request.via,
      visible: viewer.visible,
    }),
  );
  const teams =
    viewer.scope === 'council'
      ? await db.query<{ id: string; name: string }>('SELECT id, name FROM team WHERE la_code = $1 ORDER BY name, id', [
          actor.laCode,
        ])
      : [];
  return { report, names: viewer.names, team, move, to, teams };
}
