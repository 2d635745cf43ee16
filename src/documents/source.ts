/**
 * The one seam between the documents and the framework: where a command gets the Scorecard it renders.
 * The framework's `buildScorecard` (src/framework/scorecard.ts) lands with the framework branch; until
 * the two are merged it is imported by a computed path so this branch type-checks without it. At merge,
 * replace the body with `const { buildScorecard } = await import('../framework/scorecard.ts')`.
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
  // Built code is .js in dist/, sources are .ts under tsx: name the module as this file is named.
  const extension = import.meta.url.endsWith('.js') ? '.js' : '.ts';
  const path = new URL(`../framework/scorecard${extension}`, import.meta.url).href;
  let framework: { buildScorecard?: BuildScorecard };
  try {
    framework = (await import(path)) as { buildScorecard?: BuildScorecard };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ERR_MODULE_NOT_FOUND') throw error;
    throw new Error('this build has no performance framework (src/framework/scorecard.ts) to compute the scorecard');
  }
  if (typeof framework.buildScorecard !== 'function')
    throw new Error('the performance framework module does not export buildScorecard');
  return framework.buildScorecard(db, request);
}
