/**
 * Team health checks for the API and the pages (src/practice/health-checks/): the due list and the
 * grades by team over time, kept to the teams the caller's grant reaches (practice-access.ts); a team's
 * pack; recording a check (audited by recordHealthCheck in its transaction). Checks concern teams, not
 * children; each read is still recorded (action view) so who looked at a team's check shows.
 */
import type { Actor } from '../../access/policy.ts';
import { parsePeriod } from '../../calendar/periods.ts';
import { PracticeRequestError } from '../../practice/council.ts';
import {
  healthCheckHistory,
  healthChecksDue,
  recordHealthCheck,
  type HealthCheckHistory,
  type TeamCheckDue,
} from '../../practice/health-checks/checks.ts';
import { teamPack, type TeamPack } from '../../practice/health-checks/pack.ts';
import { loadWorkloadModel, type WorkloadModel } from '../../practice/workload/model.ts';
import type { Db } from '../../store/db.ts';
import { reachesTeam, type PracticeAccess } from '../practice-access.ts';
import { clockRules } from './child-data.ts';
import { auditToolRead, type Via } from './practice-audits-data.ts';

export interface HealthChecksView {
  due: { laCode: string; at: string; teams: TeamCheckDue[] };
  history: HealthCheckHistory;
}

/** The due list at the date and every check up to it, for the teams in reach. */
export async function healthChecksView(
  db: Db,
  actor: Actor,
  access: PracticeAccess,
  request: Via & { at: string },
): Promise<HealthChecksView> {
  const due = await healthChecksDue(db, { la: actor.laCode, at: request.at });
  const history = await healthCheckHistory(db, { la: actor.laCode, to: request.at });
  await auditToolRead(db, actor, 'team_health_check', { at: request.at }, request);
  const teams = history.teams.filter((t) => reachesTeam(access, t.teamId));
  return {
    due: { ...due, teams: due.teams.filter((t) => reachesTeam(access, t.teamId)) },
    // The counts per year are the whole council's only for a council-wide reader.
    history: { ...history, teams, byYear: access.teams === null ? history.byYear : [] },
  };
}

let model: WorkloadModel | undefined;

/** The team's pack, or undefined for a team outside reach (or none such). */
export async function healthCheckPack(
  db: Db,
  actor: Actor,
  access: PracticeAccess,
  request: Via & { team: string; at: string; period: string },
): Promise<TeamPack | undefined> {
  if (!reachesTeam(access, request.team)) return undefined;
  try {
    parsePeriod(request.period, request.at);
  } catch (error) {
    throw new PracticeRequestError(`period: ${(error as Error).message}`);
  }
  const [team] = await db.query('SELECT 1 FROM team WHERE la_code = $1 AND id = $2', [actor.laCode, request.team]);
  if (!team) return undefined;
  model ??= loadWorkloadModel();
  const pack = await teamPack(db, {
    la: actor.laCode,
    teamId: request.team,
    at: request.at,
    period: request.period,
    rules: clockRules(),
    model,
    actor: actor.userId,
    via: request.via,
  });
  await auditToolRead(db, actor, 'team-pack', { team: request.team, at: request.at }, request);
  return pack;
}

export interface CheckFields {
  team: string;
  date: string;
  grade: string;
  checkedBy?: string | undefined;
  findings?: string | undefined;
}

export async function recordCheck(
  db: Db,
  actor: Actor,
  check: CheckFields,
  request: Via,
): Promise<{ id: string; nextDue: string }> {
  const { id, nextDue } = await recordHealthCheck(db, {
    la: actor.laCode,
    check: {
      teamId: check.team,
      date: check.date,
      grade: check.grade,
      checkedBy: check.checkedBy,
      findings: check.findings,
    },
    actor: actor.userId,
    via: request.via,
  });
  return { id, nextDue };
}
