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
 * The committee report's workforce, audit and budget sections from the indicator engine: three calls
 * (the workforce series of 13 month-ends, then audits and budget outturn, then the budget itself, since a
 * request takes one set of parameters per id). Budget lines are the council's, so only at council level.
 */
export async function loadCommitteeExtras(db: Db, request: CommitteeExtrasRequest): Promise<ExtraSection[]> {
  const { evaluateIndicators } = await import('../indicators/evaluate.ts');
  const { committeeExtraSections, WORKFORCE_IDS, AUDIT_ID, BUDGET_ID } = await import('./committee-extras.ts');
  const level = request.level.id === null ? request.level.kind : `${request.level.kind}:${request.level.id}`;
  const base = { la: request.la, at: request.at, level };
  const window = { year: 'fy', quarter: 'quarter', month: 'month' }[request.periodKind];
  const council = request.level.kind === 'council';
  const workforce = await evaluateIndicators(db, { ...base, ids: [...WORKFORCE_IDS], series: 13 });
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
