/**
 * The drift page's reads: the viewer the access core decides for the drift tool (its level: a social
 * worker their own cases, a team manager their team, others the council or a team they choose), the
 * drift list of the one clock engine with the children the viewer may see (each audited in the same
 * transaction, their names read in it), and the teams and clocks to filter by.
 */
import type { Actor } from '../../access/policy.ts';
import { driftList, type DriftReport } from '../../practice/clocks/drift.ts';
import type { Db } from '../../store/db.ts';
import { ApiError } from '../errors.ts';
import type { ServerLimits } from '../limits.ts';
import { clockField, dateField, practiceClockRules, runTool, viewerOf } from '../api/practice-query.ts';

export interface DriftPageData {
  report: DriftReport;
  names: ReadonlyMap<string, string>;
  /** The filters as asked. */
  team: string;
  clock: string;
  /** What the filters offer: the teams the viewer may choose (none when held to one) and every clock. */
  teams: Array<{ id: string; name: string }>;
  clocks: Array<{ id: string; title: string }>;
}

export interface PracticePageQuery {
  query: Record<string, string | undefined>;
  today: string;
  via: string;
  address: string;
}

export async function driftPage(
  db: Db,
  actor: Actor,
  request: PracticePageQuery,
  limits: ServerLimits,
): Promise<DriftPageData> {
  const at = dateField(request.query.at, 'at', request.today);
  const team = (request.query.team ?? '').trim();
  if (team && !/^[\w-]{1,40}$/.test(team)) throw new ApiError('bad_request', 'team: no such team.', 'team');
  const clock = (request.query.clock ?? '').trim();
  const clockIds = clockField(clock ? [clock] : [], limits);
  const level = team ? { kind: 'team' as const, id: team } : undefined;
  const viewer = await viewerOf(db, actor, 'drift', level, { on: at, via: request.via, address: request.address });
  const report = await runTool(() =>
    driftList(db, {
      la: actor.laCode,
      at,
      level: viewer.level,
      clockIds,
      rules: practiceClockRules(),
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
  return {
    report,
    names: viewer.names,
    team,
    clock,
    teams,
    clocks: practiceClockRules().map((r) => ({ id: r.id, title: r.title })),
  };
}
