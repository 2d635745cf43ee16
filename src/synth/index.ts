/**
 * The synthetic council: `synthesizeCouncil` generates a council calibrated to published figures and
 * loads it into the store in one transaction (`kestrel synth`, and `kestrel demo` on an empty store).
 */
import type { Db } from '../store/db.ts';
import {
  generateCouncil,
  resolveOptions,
  SynthOptionError,
  type GeneratedCouncil,
  type Progress,
  type SynthOptions,
} from './generate.ts';
import { loadCouncil, type LoadResult } from './load.ts';
import { gatherStatistics } from '../store/statistics.ts';

export {
  generateCouncil,
  resolveOptions,
  rowCounts,
  SynthOptionError,
  FICTIONAL_COUNCIL,
  type SynthOptions,
  type GeneratedCouncil,
  type Progress,
} from './generate.ts';
export { loadCouncil } from './load.ts';

export interface SynthesisResult extends LoadResult {
  council: GeneratedCouncil['options'];
  children: number;
  from: string;
  to: string;
  generateMs: number;
  loadMs: number;
}

/** Generates a council and loads it; options as for `kestrel synth` plus `replace`. */
export async function synthesizeCouncil(
  db: Db,
  options: SynthOptions & { replace?: boolean },
  onProgress?: Progress,
): Promise<SynthesisResult> {
  const started = Date.now();
  // Refuse early (before spending time generating); loadCouncil checks again inside its transaction.
  const { identity } = resolveOptions(options);
  const [existing] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM council WHERE la_code = $1', [
    identity.laCode,
  ]);
  if ((existing?.n ?? 0) > 0 && !options.replace)
    throw new SynthOptionError(
      `council ${identity.laCode} already holds records; add --replace to delete them and generate afresh`,
    );
  const council = generateCouncil(options, (done, _total, label) => onProgress?.(done, 100, label));
  const generated = Date.now();
  const result = await loadCouncil(db, council, { replace: options.replace ?? false }, (done, total, label) =>
    onProgress?.(3 + Math.floor((done / Math.max(1, total)) * 97), 100, label),
  );
  await gatherStatistics(db); // PGlite has no autovacuum: without statistics the planner takes the new rows for none
  return {
    ...result,
    council: council.options,
    children: council.children,
    from: council.from,
    to: council.to,
    generateMs: generated - started,
    loadMs: Date.now() - generated,
  };
}
