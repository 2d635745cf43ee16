/**
 * Test helper for the catalogue definitions in this half (care, adoption, proceedings, care leavers,
 * youth justice, money, manual): evaluates one definition directly through the engine's scope and
 * evaluators, without going through the catalogue index, and returns the single result.
 */
import type { Db } from '../../store/db.ts';
import type { IndicatorDefinition, ParamValues } from '../definition.ts';
import { parseIndicatorRequest } from '../request.ts';
import { resolveScope } from '../scope.ts';
import { evaluateRecordIndicator } from '../records.ts';
import { evaluateManualIndicator } from '../manual.ts';
import type { IndicatorResult } from '../result.ts';

export interface EvaluateOptions {
  at: string;
  period?: string;
  level?: string;
  params?: Record<string, string>;
  /** Evaluate at the last N month-ends up to `at`. */
  series?: number;
}

/** Evaluates `def` with drill-down rows; returns every result (one per level when the level names none). */
export async function evaluateAll(db: Db, def: IndicatorDefinition, options: EvaluateOptions): Promise<IndicatorResult[]> {
  const request = parseIndicatorRequest({
    at: options.at,
    period: options.period ?? 'month',
    level: options.level ?? 'council',
    explain: true,
    ...(options.series ? { series: options.series } : {}),
  });
  const scope = await resolveScope(db, request);
  const params: ParamValues = Object.fromEntries(
    Object.entries(def.params ?? {}).map(([name, spec]) => [name, options.params?.[name] ?? spec.default]),
  );
  if (def.source === 'manual') return evaluateManualIndicator(db, def, params, scope);
  // As evaluate.ts does: a parameter may change the aggregate or unit.
  return evaluateRecordIndicator(db, def.adapt ? { ...def, ...def.adapt(params) } : def, params, scope);
}

/** Evaluates `def` at one level and returns its one result. */
export async function evaluateOne(db: Db, def: IndicatorDefinition, options: EvaluateOptions): Promise<IndicatorResult> {
  const results = await evaluateAll(db, def, options);
  if (results.length !== 1) throw new Error(`expected one result for ${def.id}, got ${results.length}`);
  return results[0]!;
}

/** The subject ids in the numerator and the denominator of a result, sorted, for assertions. */
export function subjects(result: IndicatorResult): { numerator: string[]; denominator: string[] } {
  const rows = result.rows ?? [];
  const ids = (status: string[]) => [...new Set(rows.filter((r) => status.includes(r.status)).map((r) => r.subjectId))].sort();
  return { numerator: ids(['numerator']), denominator: ids(['numerator', 'denominator']) };
}
