/**
 * One indicator's page: the framework's row for it at the filter's level and date (dashboard-data.ts,
 * the public edition for a councillor), its definition in words from the catalogue, the figure by team
 * and by worker, and the children behind it through explainIndicators (the drill-down decision and one
 * audit row per child, in the engine) for roles that may drill down. The breakdowns and the children
 * are asked with the scorecard's own window and parameters, so they add up to the figure shown.
 * A worker's figure is staff data: shown only for the teams the caller may see the caseloads of
 * (caseload-data.ts mayViewTeam), and the look is audited.
 */
import { recordAudit } from '../../access/audit.ts';
import { decide, type Actor } from '../../access/policy.ts';
import type { UserRow } from '../../access/users.ts';
import { frameworkAt } from '../../framework/versions.ts';
import { CATALOGUE } from '../../indicators/catalogue/index.ts';
import type { IndicatorDefinition } from '../../indicators/definition.ts';
import { explainIndicators } from '../../indicators/drill-down.ts';
import { evaluateIndicators } from '../../indicators/evaluate.ts';
import type { ExplainRow, IndicatorResult } from '../../indicators/result.ts';
import type { Db } from '../../store/db.ts';
import { mayViewTeam } from './caseload-data.ts';
import type { ScorecardCache } from '../../framework/scorecard-cache.ts';
import { dashboardScorecard, type DashboardData, type ShownRow, type ShownScorecard } from './dashboard-data.ts';
import { isDashboardWindow, type DashboardFilter } from './dashboard-filter.ts';

/** At most this many children are listed on the page (the engine audits each child it returns). */
export const MAX_CHILD_ROWS = 500;

/** One team's or worker's part of the figure. */
export interface PartFigure {
  id: string;
  name: string;
  /** The worker's team (for a worker). */
  teamName?: string | undefined;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface IndicatorPageData {
  scorecard: ShownScorecard;
  access: DashboardData['access'];
  footnote: string | undefined;
  row: ShownRow;
  definition: IndicatorDefinition | undefined;
  window: string;
  /** Undefined when the role sees suppressed figures only (no breakdowns, as in public outputs). */
  teams: PartFigure[] | undefined;
  /** Undefined when the role may see no worker's figures. */
  workers: PartFigure[] | undefined;
  /** Undefined when the role may not see the children behind figures. */
  children: ExplainRow[] | undefined;
  moreChildren: boolean;
}

export interface IndicatorPageRequest {
  id: string;
  filter: DashboardFilter;
  via: string;
  address: string;
  /** The server's recent scorecards, shared with the dashboard. */
  scorecards?: ScorecardCache | undefined;
}

export async function indicatorPage(
  db: Db,
  actor: Actor,
  user: UserRow | undefined,
  request: IndicatorPageRequest,
): Promise<IndicatorPageData | undefined> {
  const { filter } = request;
  const shown = await dashboardScorecard(db, actor, filter, request.scorecards);
  const row = shown?.scorecard.sections.flatMap((section) => section.rows).find((r) => r.indicatorId === request.id);
  if (!shown || !row) return undefined;
  const stored = await frameworkAt(db, actor.laCode, filter.date);
  const entry = stored?.framework.sections.flatMap((section) => section.indicators).find((e) => e.id === request.id);
  const definition = CATALOGUE.find((def) => def.id === request.id);
  const window =
    definition?.kind === 'snapshot'
      ? 'month'
      : isDashboardWindow(filter.period)
        ? filter.period
        : (entry?.window ?? 'r12');
  const params = { [request.id]: Object.fromEntries(Object.entries(row.params).map(([k, v]) => [k, String(v)])) };
  const base = { la: actor.laCode, at: filter.date, period: window, ids: [request.id], params };
  const full = shown.access === 'full';
  const teams = full ? await teamFigures(db, actor.laCode, filter.level, base) : undefined;
  const workers = full ? await workerFigures(db, actor, user, filter.level, base, request) : undefined;
  const mayDrill = decide(actor, 'drill-down', { target: 'child', laCode: actor.laCode, childId: '', visible: true });
  let children: ExplainRow[] | undefined;
  if (full && mayDrill.allowed) {
    const [result] = await explainIndicators(
      db,
      actor,
      { ...base, level: filter.level },
      { via: request.via, address: request.address },
    );
    const order = { numerator: 0, denominator: 1, excluded: 2, context: 3 };
    children = (result?.rows ?? [])
      .filter((r) => r.subjectType === 'child' && r.status !== 'context')
      .sort((a, b) => order[a.status] - order[b.status] || a.subjectId.localeCompare(b.subjectId));
  }
  return {
    scorecard: shown.scorecard,
    access: shown.access,
    footnote: shown.footnote,
    row,
    definition,
    window,
    teams,
    workers,
    children: children?.slice(0, MAX_CHILD_ROWS),
    moreChildren: (children?.length ?? 0) > MAX_CHILD_ROWS,
  };
}

interface TeamRow {
  id: string;
  name: string;
  locality: string | null;
}

type EngineRequest = {
  la: string;
  at: string;
  period: string;
  ids: string[];
  params: Record<string, Record<string, string>>;
};

/** The teams within the level (all of a council's, a locality's, or the one team). */
function teamsWithin(teams: readonly TeamRow[], level: string): TeamRow[] {
  if (level.startsWith('team:')) return teams.filter((team) => `team:${team.id}` === level);
  if (level.startsWith('locality:')) return teams.filter((team) => `locality:${team.locality}` === level);
  return [...teams];
}

async function councilTeams(db: Db, laCode: string): Promise<TeamRow[]> {
  return db.query<TeamRow>('SELECT id, name, locality FROM team WHERE la_code = $1 ORDER BY name, id', [laCode]);
}

function part(result: IndicatorResult, name: string, teamName?: string): PartFigure {
  return {
    id: result.level.id!,
    name,
    teamName,
    value: result.value,
    numerator: result.numerator,
    denominator: result.denominator,
  };
}

async function teamFigures(db: Db, laCode: string, level: string, base: EngineRequest): Promise<PartFigure[]> {
  const within = new Map(teamsWithin(await councilTeams(db, laCode), level).map((team) => [team.id, team]));
  return (await evaluateIndicators(db, { ...base, level: 'team' }))
    .filter((result) => result.level.id !== null && within.has(result.level.id))
    .map((result) => part(result, within.get(result.level.id!)!.name))
    .sort((a, b) => a.name.localeCompare(b.name));
}

/**
 * Each worker's figure within the level, for the teams whose caseloads the caller may see; undefined
 * when that is none. One audit row names the level and the teams whose workers were shown.
 */
async function workerFigures(
  db: Db,
  actor: Actor,
  user: UserRow | undefined,
  level: string,
  base: EngineRequest,
  request: IndicatorPageRequest,
): Promise<PartFigure[] | undefined> {
  const visible: TeamRow[] = [];
  for (const team of teamsWithin(await councilTeams(db, actor.laCode), level))
    if (await mayViewTeam(db, actor, user, team.id)) visible.push(team);
  if (visible.length === 0) return undefined;
  const teamOf = new Map(
    (
      await db.query<{ id: string; name: string; team_id: string }>(
        'SELECT id, name, team_id FROM worker WHERE la_code = $1 AND team_id = ANY($2::text[])',
        [actor.laCode, visible.map((team) => team.id)],
      )
    ).map((worker) => [worker.id, worker]),
  );
  const teamName = new Map(visible.map((team) => [team.id, team.name]));
  const workers = (await evaluateIndicators(db, { ...base, level: 'worker' }))
    .filter((result) => result.level.id !== null && teamOf.has(result.level.id))
    .map((result) => {
      const worker = teamOf.get(result.level.id!)!;
      return part(result, worker.name, teamName.get(worker.team_id));
    })
    .sort((a, b) => (a.teamName ?? '').localeCompare(b.teamName ?? '') || a.name.localeCompare(b.name));
  await recordAudit(db, {
    laCode: actor.laCode,
    actor: actor.userId,
    action: 'view',
    entity: 'indicator-workers',
    entityId: request.id,
    detail: {
      level,
      teams: visible.map((team) => team.id),
      workers: workers.length,
      via: request.via,
      address: request.address,
    },
  });
  return workers;
}
