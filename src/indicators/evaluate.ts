/**
 * The indicator service: validates a request, resolves its scope once, and evaluates each indicator
 * (computed ones in SQL, manual ones from measure_value). The CLI and the web API both call
 * `evaluateIndicators`; a bad request throws IndicatorRequestError (HTTP 400, CLI usage error). It
 * returns figures only: the rows behind them (children) go only to drill-down.ts, which decides who
 * may see which and audits each child shown (`explainIndicators`).
 */
import type { Db } from '../store/db.ts';
import { CATALOGUE } from './catalogue/index.ts';
import type { IndicatorDefinition, ParamValues } from './definition.ts';
import { evaluateManualIndicator } from './manual.ts';
import { evaluateRecordIndicator } from './records.ts';
import { IndicatorRequestError, parseIndicatorRequest, type IndicatorRequest } from './request.ts';
import type { IndicatorResult } from './result.ts';
import { resolveScope, type EvaluationScope } from './scope.ts';
import { resultFrame } from './figures.ts';

/**
 * The key that keeps the rows behind the figures. Only the drill-down (which decides and audits) and the
 * indicator tests' helper (src/indicators/testing.ts, over fixtures) pass it; anyone else asking for
 * `explain` gets the figures and no rows, so a new route cannot hand children out by forgetting a check.
 */
export const KEEP_CHILD_ROWS: unique symbol = Symbol('keep child rows');

/**
 * Evaluates the requested indicators; results are ordered by indicator, then date, then level.
 * `onProgress` hears of each indicator as it finishes (the CLI's progress reporter). Rows are dropped
 * unless `keepRows` is KEEP_CHILD_ROWS (see above).
 */
export async function evaluateIndicators(
  db: Db,
  input: IndicatorRequest | unknown,
  onProgress?: (done: number, total: number, label?: string) => void,
  keepRows?: typeof KEEP_CHILD_ROWS,
): Promise<IndicatorResult[]> {
  const parsed = parseIndicatorRequest(input);
  const request = keepRows === KEEP_CHILD_ROWS ? parsed : { ...parsed, explain: false };
  const definitions = request.ids ? request.ids.map(getIndicator) : [...CATALOGUE];
  for (const id of Object.keys(request.params)) getIndicator(id);
  const paramsById = new Map(definitions.map((def) => [def.id, resolveParams(def, request.params[def.id] ?? {})]));
  const scope = await resolveScope(db, request);
  let done = 0;
  const evaluated = await mapWithConcurrency(definitions, CONCURRENT_STATEMENTS, async (def) => {
    const results = await evaluateOne(db, def, paramsById.get(def.id)!, scope);
    onProgress?.(++done, definitions.length, def.id);
    return results;
  });
  return evaluated.flat();
}

/**
 * Statements in flight at once. A PostgreSQL server runs them on several cores (the whole catalogue at
 * one date took about half the time on 2 cores); the embedded store queues them, which costs nothing.
 */
const CONCURRENT_STATEMENTS = 4;

/** `work` over `items` with at most `limit` running at once; results in the order of `items`. */
async function mapWithConcurrency<T, R>(
  items: readonly T[],
  limit: number,
  work: (item: T) => Promise<R>,
): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  async function worker(): Promise<void> {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]!);
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}

/** Every definition in the catalogue. */
export function listIndicators(): readonly IndicatorDefinition[] {
  return CATALOGUE;
}

export function findIndicator(id: string): IndicatorDefinition | undefined {
  return CATALOGUE.find((def) => def.id === id);
}

/** The definition with this id; throws IndicatorRequestError for an unknown id. */
export function getIndicator(id: string): IndicatorDefinition {
  const def = findIndicator(id);
  if (!def)
    throw new IndicatorRequestError(
      `Unknown indicator id "${id}" (see docs/INDICATORS.md or \`kestrel indicators --list\`).`,
    );
  return def;
}

/** The definition's defaults overridden by the given values, each checked against its spec. */
export function resolveParams(def: IndicatorDefinition, given: Readonly<Record<string, string>>): ParamValues {
  const specs = def.params ?? {};
  const resolved: Record<string, string> = {};
  for (const name of Object.keys(given)) {
    if (!(name in specs)) {
      const known = Object.keys(specs);
      throw new IndicatorRequestError(
        `Indicator ${def.id} has no parameter "${name}"${known.length ? ` (it has ${known.join(', ')})` : ''}.`,
      );
    }
  }
  for (const [name, spec] of Object.entries(specs)) {
    const value = given[name] ?? spec.default;
    if (spec.choices && !spec.choices.includes(value)) {
      throw new IndicatorRequestError(
        `Parameter ${name} of ${def.id} must be one of ${spec.choices.join(', ')}; got "${value}".`,
      );
    }
    if (spec.integer) {
      const [min, max] = spec.integer;
      if (!/^-?\d+$/.test(value) || Number(value) < min || Number(value) > max) {
        throw new IndicatorRequestError(
          `Parameter ${name} of ${def.id} must be a whole number from ${min} to ${max}; got "${value}".`,
        );
      }
    }
    resolved[name] = value;
  }
  return resolved;
}

async function evaluateOne(
  db: Db,
  def: IndicatorDefinition,
  params: ParamValues,
  scope: EvaluationScope,
): Promise<IndicatorResult[]> {
  if (def.levels && !def.levels.includes(scope.level.kind)) return notMeasured(def, params, scope);
  if (def.source === 'manual') return evaluateManualIndicator(db, def, params, scope);
  const adapted = def.adapt ? { ...def, ...def.adapt(params) } : def;
  return evaluateRecordIndicator(db, adapted, params, scope);
}

function notMeasured(def: IndicatorDefinition, params: ParamValues, scope: EvaluationScope): IndicatorResult[] {
  const ids = scope.levelIds ?? [scope.level.id];
  return scope.windows.flatMap((window) =>
    ids.map((id) => {
      const result = resultFrame(def, params, window, { kind: scope.level.kind, id });
      result.note = `Not measured at ${scope.level.kind} level.`;
      return result;
    }),
  );
}
