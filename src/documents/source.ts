/**
 * The one seam between the documents and the framework: where a command gets the Scorecard it renders
 * (`buildScorecard`, src/framework/scorecard.ts). A renderer never queries the store itself.
 */
import type { Scorecard } from '../framework/model.ts';
import type { LevelRef } from '../indicators/result.ts';
import type { Db } from '../store/db.ts';

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
