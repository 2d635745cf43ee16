/**
 * The dashboard's scorecard: the framework in force (buildScorecard) for the caller's scope (their
 * team for a team manager, else the council), or undefined when no framework is in force (the page then
 * shows the headline figures). A role with only suppressed figures (a councillor) sees each row as public
 * outputs show it (the DfE's disclosure control, as web/api/suppression.ts): counts of 1 to 5 and any
 * rate built on them withheld, with its RAG and direction; a trend shown only where every point is a count that may be
 * published (a percentage's past numerators are not in the model, so its trend is left out).
 */
import { decide, type Actor } from '../../access/policy.ts';
import type { UserRow } from '../../access/users.ts';
import { buildScorecard } from '../../framework/scorecard.ts';
import type { Scorecard, ScorecardRow } from '../../framework/model.ts';
import { frameworkAt } from '../../framework/versions.ts';
import type { Db } from '../../store/db.ts';
import { SMALL_NUMBER_LIMIT } from '../api/suppression.ts';

export type FigureAccess = 'full' | 'suppressed' | 'none';

export function figureAccess(actor: Actor): FigureAccess {
  const laCode = actor.laCode;
  if (decide(actor, 'read', { target: 'figures', laCode, suppressed: false }).allowed) return 'full';
  if (decide(actor, 'read', { target: 'figures', laCode, suppressed: true }).allowed) return 'suppressed';
  return 'none';
}

/** The level a user's dashboard opens at: their team for a team manager, else the council. */
export function dashboardLevel(actor: Actor, user: UserRow | undefined): string {
  return actor.roles.includes('team_manager') && user?.team_id ? `team:${user.team_id}` : 'council';
}

const small = (n: number | null | undefined) => n !== null && n !== undefined && n > 0 && n <= SMALL_NUMBER_LIMIT;

/** One row as a public output would show it. */
export function suppressRow(row: ScorecardRow): ScorecardRow & { withheld: boolean } {
  const countLike = row.unit === 'count' || row.denominator === null;
  const withheld = small(row.numerator) || small(row.denominator) || (countLike && small(row.current));
  const trendPublishable = countLike && row.trend.every((point) => !small(point.value));
  return {
    ...row,
    current: withheld ? null : row.current,
    numerator: withheld ? null : row.numerator,
    denominator: withheld ? null : row.denominator,
    rate: row.rate && withheld ? { ...row.rate, value: null } : row.rate,
    rag: withheld ? null : row.rag,
    direction: withheld ? { previous: null, lastYear: null } : row.direction,
    underlying: withheld ? null : row.underlying,
    trend: trendPublishable ? row.trend : [],
    withheld,
  };
}

export async function dashboardScorecard(
  db: Db,
  actor: Actor,
  user: UserRow | undefined,
  at: string,
): Promise<{ scorecard: Scorecard; access: FigureAccess } | undefined> {
  const access = figureAccess(actor);
  if (access === 'none') return undefined;
  if (!(await frameworkAt(db, actor.laCode, at))) return undefined;
  const scorecard = await buildScorecard(db, { at, la: actor.laCode, level: dashboardLevel(actor, user) });
  if (access === 'full') return { scorecard, access };
  return {
    access,
    scorecard: {
      ...scorecard,
      sections: scorecard.sections.map((section) => ({ ...section, rows: section.rows.map(suppressRow) })),
    },
  };
}
