/**
 * The dashboard's scorecard: the framework in force (buildScorecard) for the filter (dashboard-filter.ts)
 * at the level the user chose, or their own scope by default (their team for a team manager, else the
 * council). A role with only suppressed figures (a councillor) sees the council's public edition: the
 * scorecard document's disclosure control (documents/scorecard-document.ts, suppression.ts) decides
 * what is hidden, primary and secondary suppression alike, and the page shows those figures as "c"
 * with the document's footnote, so the dashboard never shows what the published scorecard withholds.
 */
import { decide, type Actor } from '../../access/policy.ts';
import type { UserRow } from '../../access/users.ts';
import { tablesOf } from '../../documents/document.ts';
import { rowKey, trendPoints } from '../../documents/row-figures.ts';
import { scorecardDocument } from '../../documents/scorecard-document.ts';
import { DEFAULT_THRESHOLD } from '../../documents/suppression.ts';
import type { Scorecard, ScorecardRow } from '../../framework/model.ts';
import { buildScorecard } from '../../framework/scorecard.ts';
import { scorecardKey, type ScorecardCache } from '../../framework/scorecard-cache.ts';
import { frameworkAt } from '../../framework/versions.ts';
import type { Db } from '../../store/db.ts';
import { isDashboardWindow, type DashboardFilter, type LevelChoice } from './dashboard-filter.ts';

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

/** What the user sees with no filter chosen: their own scope, the framework's periods, today. */
export function defaultFilter(actor: Actor, user: UserRow | undefined, today: string): DashboardFilter {
  return { period: 'framework', date: today, level: dashboardLevel(actor, user) };
}

/**
 * The levels the user may choose. Every grant of full figures reaches the whole council, so those roles
 * may see any locality or team; suppressed figures are published for the council only (a team's small
 * numbers would be suppressed away, and its figures less the others' would give them back).
 */
export async function levelChoices(db: Db, actor: Actor, access: FigureAccess): Promise<LevelChoice[]> {
  const council = { value: 'council', text: 'The whole council' };
  if (access !== 'full') return [council];
  const teams = await db.query<{ id: string; name: string; locality: string | null }>(
    'SELECT id, name, locality FROM team WHERE la_code = $1 ORDER BY name, id',
    [actor.laCode],
  );
  const localities = [...new Set(teams.map((team) => team.locality).filter((l): l is string => l !== null))].sort();
  return [
    council,
    ...localities.map((locality) => ({ value: `locality:${locality}`, text: `Locality: ${locality}` })),
    ...teams.map((team) => ({ value: `team:${team.id}`, text: `Team: ${team.name}` })),
  ];
}

/** A row as the page shows it: `withheld` when its current value (and RAG) are suppressed. */
export type ShownRow = ScorecardRow & {
  withheld: boolean;
  /** The trend's dates whose values are suppressed (shown as c). */
  withheldAt: readonly string[];
};

export interface ShownScorecard extends Omit<Scorecard, 'sections'> {
  sections: Array<{ id: string; title: string; rows: ShownRow[] }>;
}

export interface DashboardData {
  scorecard: ShownScorecard;
  access: Exclude<FigureAccess, 'none'>;
  /** The suppression footnote of the public edition, when anything is hidden. */
  footnote: string | undefined;
}

/** Whether a framework is in force on the date (the filter's date check; no framework, no scorecard). */
export async function frameworkInForce(db: Db, laCode: string, at: string): Promise<boolean> {
  return (await frameworkAt(db, laCode, at)) !== undefined;
}

/**
 * The scorecard for a filter already read (dashboard-filter.ts), undefined when the role sees no figures
 * or no framework is in force on the date.
 */
export async function dashboardScorecard(
  db: Db,
  actor: Actor,
  filter: DashboardFilter,
  cache?: ScorecardCache,
): Promise<DashboardData | undefined> {
  const access = figureAccess(actor);
  if (access === 'none') return undefined;
  if (!(await frameworkInForce(db, actor.laCode, filter.date))) return undefined;
  const options = {
    at: filter.date,
    la: actor.laCode,
    level: filter.level,
    window: isDashboardWindow(filter.period) ? filter.period : undefined,
    live: true,
  };
  // Aggregates only, the same for everyone allowed them (access is decided above), so one built for
  // another user of the same council, level, date and window serves this one.
  const build = () => buildScorecard(db, options);
  const scorecard = await (cache ? cache.get(scorecardKey({ ...options, la: actor.laCode }), build) : build());
  if (access === 'full') return { access, scorecard: shownInFull(scorecard), footnote: undefined };
  return { access, ...publicEdition(scorecard) };
}

function shownInFull(scorecard: Scorecard): ShownScorecard {
  return {
    ...scorecard,
    sections: scorecard.sections.map((section) => ({
      ...section,
      rows: section.rows.map((row) => ({ ...row, withheld: false, withheldAt: [] })),
    })),
  };
}

/**
 * The public edition: the scorecard document built as published, its hidden figures read back by key
 * (the current value, the RAG hidden with it, and each trend point), and every hidden figure removed
 * from the model the page renders, so no attribute or script can carry it. Commentary is written for
 * officers and left out, as the published document leaves it out.
 */
export function publicEdition(scorecard: Scorecard): { scorecard: ShownScorecard; footnote: string | undefined } {
  const document = scorecardDocument(scorecard, { marking: 'public', threshold: DEFAULT_THRESHOLD });
  const hidden = new Set(
    tablesOf(document)
      .flatMap((table) => table.rows.flat())
      .filter((cell) => cell.suppressed && cell.key !== undefined)
      .map((cell) => cell.key!),
  );
  const disclosure = { marking: 'public' as const, threshold: DEFAULT_THRESHOLD, hidden };
  const shown = (row: ScorecardRow): ShownRow => {
    const withheld = hidden.has(`${rowKey(row)}:current`);
    const points = trendPoints(row, disclosure);
    const withheldAt = points.filter((point) => point.suppressed).map((point) => point.at);
    return {
      ...row,
      current: withheld ? null : row.current,
      rag: withheld ? null : row.rag,
      rate: row.rate && withheld ? { ...row.rate, value: null } : row.rate,
      // The public edition prints neither the counts nor the words made of them.
      numerator: null,
      denominator: null,
      underlying: null,
      lastYearOutturn: hidden.has(`${rowKey(row)}:outturn`) ? null : row.lastYearOutturn,
      trend: row.trend.map((point, i) => ({
        at: point.at,
        value: points[i]?.suppressed ? null : point.value,
        target: point.target,
      })),
      commentary: [],
      withheld,
      withheldAt,
    };
  };
  return {
    scorecard: {
      ...scorecard,
      sections: scorecard.sections.map((section) => ({ ...section, rows: section.rows.map(shown) })),
    },
    footnote: document.footnotes.find((note) => note.startsWith('c:')),
  };
}
