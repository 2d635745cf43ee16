/**
 * One indicator's page: the framework's row for it at the user's scope (dashboard-data.ts, suppressed for
 * a councillor), its definition in words from the catalogue, the figure by team, and the children behind
 * it through explainIndicators (the drill-down decision and one audit row per child, in the engine) for
 * roles that may drill down. The breakdown and the children are asked with the framework's own window
 * and parameters, so they add up to the figure on the scorecard.
 */
import { decide, type Actor } from '../../access/policy.ts';
import type { UserRow } from '../../access/users.ts';
import type { Scorecard, ScorecardRow } from '../../framework/model.ts';
import { frameworkAt } from '../../framework/versions.ts';
import { CATALOGUE } from '../../indicators/catalogue/index.ts';
import type { IndicatorDefinition } from '../../indicators/definition.ts';
import { explainIndicators } from '../../indicators/drill-down.ts';
import { evaluateIndicators } from '../../indicators/evaluate.ts';
import type { ExplainRow } from '../../indicators/result.ts';
import type { Db } from '../../store/db.ts';
import { dashboardLevel, dashboardScorecard, type FigureAccess } from './dashboard-data.ts';

/** At most this many children are listed on the page (the engine audits each child it returns). */
export const MAX_CHILD_ROWS = 500;

export interface TeamFigure {
  teamId: string;
  teamName: string;
  value: number | null;
  numerator: number | null;
  denominator: number | null;
}

export interface IndicatorPageData {
  scorecard: Scorecard;
  access: FigureAccess;
  row: ScorecardRow & { withheld?: boolean };
  definition: IndicatorDefinition | undefined;
  window: string;
  /** Undefined when the role sees suppressed figures only (no breakdowns, as in public outputs). */
  teams: TeamFigure[] | undefined;
  /** Undefined when the role may not see the children behind figures. */
  children: ExplainRow[] | undefined;
  moreChildren: boolean;
}

export interface IndicatorPageRequest {
  id: string;
  at: string;
  via: string;
  address: string;
}

export async function indicatorPage(
  db: Db,
  actor: Actor,
  user: UserRow | undefined,
  request: IndicatorPageRequest,
): Promise<IndicatorPageData | undefined> {
  const shown = await dashboardScorecard(db, actor, user, request.at);
  const row = shown?.scorecard.sections.flatMap((section) => section.rows).find((r) => r.indicatorId === request.id);
  if (!shown || !row) return undefined;
  const stored = await frameworkAt(db, actor.laCode, request.at);
  const entry = stored?.framework.sections.flatMap((section) => section.indicators).find((e) => e.id === request.id);
  const definition = CATALOGUE.find((def) => def.id === request.id);
  const window = definition?.kind === 'snapshot' ? 'month' : (entry?.window ?? 'r12');
  const params = { [request.id]: Object.fromEntries(Object.entries(row.params).map(([k, v]) => [k, String(v)])) };
  const base = { la: actor.laCode, at: request.at, period: window, ids: [request.id], params };
  let teams: TeamFigure[] | undefined;
  if (shown.access === 'full') {
    const names = new Map(
      (
        await db.query<{ id: string; name: string }>('SELECT id, name FROM team WHERE la_code = $1', [actor.laCode])
      ).map((team) => [team.id, team.name]),
    );
    teams = (await evaluateIndicators(db, { ...base, level: 'team' }))
      .filter((result) => result.level.id !== null)
      .map((result) => ({
        teamId: result.level.id!,
        teamName: names.get(result.level.id!) ?? result.level.id!,
        value: result.value,
        numerator: result.numerator,
        denominator: result.denominator,
      }));
  }
  const mayDrill = decide(actor, 'drill-down', { target: 'child', laCode: actor.laCode, childId: '', visible: true });
  let children: ExplainRow[] | undefined;
  if (mayDrill.allowed) {
    const [result] = await explainIndicators(
      db,
      actor,
      { ...base, level: dashboardLevel(actor, user) },
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
    row,
    definition,
    window,
    teams,
    children: children?.slice(0, MAX_CHILD_ROWS),
    moreChildren: (children?.length ?? 0) > MAX_CHILD_ROWS,
  };
}
