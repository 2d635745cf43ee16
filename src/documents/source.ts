/**
 * The one seam between the documents and the framework: where a command gets the Scorecard it renders
 * (`buildScorecard`, src/framework/scorecard.ts). A renderer never queries the store itself.
 */
import type { Scorecard } from '../framework/model.ts';
import type { LevelRef } from '../indicators/result.ts';
import type { Db } from '../store/db.ts';
import type { ExtraSection } from './extra-sections.ts';

export interface ScorecardRequest {
  at: string;
  level: LevelRef;
  la?: string | undefined;
  /** "2024-25", "2024-25Q2" or "2025-03"; the framework's default period for the date when absent. */
  period?: string | undefined;
}

export type BuildScorecard = (db: Db, request: ScorecardRequest) => Promise<Scorecard>;

export async function loadScorecard(db: Db, request: ScorecardRequest): Promise<Scorecard> {
  const { buildScorecard } = await import('../framework/scorecard.ts');
  const level = request.level.id === null ? request.level.kind : `${request.level.kind}:${request.level.id}`;
  return buildScorecard(db, { at: request.at, level, la: request.la, period: request.period });
}

export interface CommitteeExtrasRequest {
  at: string;
  level: LevelRef;
  la: string;
  /** The report period's kind: the audits are counted over it. */
  periodKind: 'year' | 'quarter' | 'month';
}

/**
 * The committee report's workforce, audit and budget sections from the indicator engine. A workforce
 * measure the scorecard already holds (the default framework's caseload-sw) is read from its trend, whose
 * points carry their counts: each series is computed once per document. The rest is at most three calls:
 * the other workforce measures over 13 month-ends, then audits and budget outturn, then the budget itself
 * (a request takes one set of parameters per id). Budget lines are the council's: council level only.
 */
export async function loadCommitteeExtras(
  db: Db,
  request: CommitteeExtrasRequest,
  scorecard?: Scorecard | undefined,
): Promise<ExtraSection[]> {
  const { evaluateIndicators } = await import('../indicators/evaluate.ts');
  const { committeeExtraSections, workforceDates, WORKFORCE_IDS, AUDIT_ID, BUDGET_ID } = await import(
    './committee-extras.ts'
  );
  const level = request.level.id === null ? request.level.kind : `${request.level.kind}:${request.level.id}`;
  const base = { la: request.la, at: request.at, level };
  const window = { year: 'fy', quarter: 'quarter', month: 'month' }[request.periodKind];
  const council = request.level.kind === 'council';
  const dates = workforceDates(request.at);
  const fromScorecard = WORKFORCE_IDS.flatMap((id) => {
    const row = scorecard?.sections
      .flatMap((s) => s.rows)
      .find((r) => r.indicatorId === id && Object.keys(r.params).length === 0);
    const points = dates.map((at) => row?.trend.find((p) => p.at === at));
    if (!points.every((p) => p !== undefined && p.numerator !== undefined)) return [];
    return points.map((p) => ({
      id,
      at: p!.at,
      value: p!.value,
      numerator: p!.numerator ?? null,
      denominator: p!.denominator ?? null,
    }));
  });
  const missing = WORKFORCE_IDS.filter((id) => !fromScorecard.some((p) => p.id === id));
  const evaluated = missing.length > 0 ? await evaluateIndicators(db, { ...base, ids: [...missing], series: 13 }) : [];
  const workforce = [...fromScorecard, ...evaluated];
  const [audits, outturn] = await evaluateIndicators(db, {
    ...base,
    period: window,
    ids: council ? [AUDIT_ID, BUDGET_ID] : [AUDIT_ID],
    params: { [BUDGET_ID]: { show: 'outturn' } },
  });
  const [budget] = council
    ? await evaluateIndicators(db, { ...base, ids: [BUDGET_ID], params: { [BUDGET_ID]: { show: 'budget' } } })
    : [];
  const periodWords = { year: 'the year', quarter: 'the quarter', month: 'the month' }[request.periodKind];
  return committeeExtraSections({ at: request.at, periodWords, workforce, audits, outturn, budget });
}
