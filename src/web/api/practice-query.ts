/**
 * What the practice tools' routes and pages share: the checks of a request before it reaches the store
 * (date, level, period and clock ids, each refused with a 400 naming the field, within limits.ts), the
 * viewer the access core decides (practice/viewer.ts: 403 when the role does not use the tool or asks
 * outside its level, audited), and the tools' own refusals of what the store lacks (a team or child the
 * council does not have) as a 400 naming the field; the tool's transaction rolls back, so nothing changes.
 */
import { parsePeriod, type Period } from '../../calendar/periods.ts';
import type { Actor } from '../../access/policy.ts';
import { ClockRequestError, selectRules } from '../../practice/clocks/engine.ts';
import { loadClockRules, type ClockRule } from '../../practice/clocks/rules.ts';
import { parseLevel, PracticeRequestError, type LevelRef } from '../../practice/council.ts';
import { practiceViewer, PracticeRefused, type PracticeTool, type PracticeViewer } from '../../practice/viewer.ts';
import { loadWorkloadModel, type WorkloadModel } from '../../practice/workload/model.ts';
import type { Db } from '../../store/db.ts';
import { ApiError } from '../errors.ts';
import { RequestLimitError, type ServerLimits } from '../limits.ts';

let rules: ClockRule[] | undefined;
let model: WorkloadModel | undefined;

/** The clock rules of data/practice/clocks.json, read once per process. */
export function practiceClockRules(): ClockRule[] {
  rules ??= loadClockRules();
  return rules;
}

/** The workload model of data/practice/workload.json, read once per process. */
export function practiceWorkloadModel(): WorkloadModel {
  model ??= loadWorkloadModel();
  return model;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A real calendar date YYYY-MM-DD, or the default. */
export function dateField(value: string | undefined, field: string, fallback: string): string {
  if (value === undefined || value === '') return fallback;
  const date = new Date(`${value}T00:00:00Z`);
  if (!ISO_DATE.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    throw new RequestLimitError(field, `${field}: expected a date YYYY-MM-DD, got "${value.slice(0, 40)}"`);
  return value;
}

/** team:ID or worker:ID; empty means the viewer's own level. */
export function levelField(value: string | undefined): LevelRef | undefined {
  if (value === undefined || value.trim() === '' || value === 'council') return undefined;
  try {
    return parseLevel(value);
  } catch (error) {
    if (error instanceof PracticeRequestError)
      throw new RequestLimitError('level', `level: expected team:ID or worker:ID, got "${value.slice(0, 40)}"`);
    throw error;
  }
}

/** A period of the calendar module (month, quarter, ytd, fy, r12 or FROM..TO) of at most maxPeriodDays. */
export function periodField(value: string, at: string, limits: ServerLimits): Period {
  let period: Period;
  try {
    period = parsePeriod(value, at);
  } catch (error) {
    throw new RequestLimitError('period', `period: ${(error as Error).message}`);
  }
  const days = (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000 + 1;
  if (days > limits.maxPeriodDays)
    throw new RequestLimitError('period', `period: ${days} days; at most ${limits.maxPeriodDays} are accepted.`);
  return period;
}

/** Clock ids of the rules, at most maxIds; empty means every clock. */
export function clockField(values: readonly string[], limits: ServerLimits): string[] | undefined {
  const ids = [...new Set(values.flatMap((v) => v.split(',')).filter(Boolean))];
  if (ids.length > limits.maxIds)
    throw new RequestLimitError('clock', `clock: ${ids.length} ids; at most ${limits.maxIds} are accepted.`);
  if (ids.length === 0) return undefined;
  try {
    selectRules(practiceClockRules(), ids);
  } catch (error) {
    if (error instanceof ClockRequestError) throw new RequestLimitError('clock', `clock: ${error.message}`);
    throw error;
  }
  return ids;
}

/** The viewer of a tool, or a 403 (already audited) when the role does not use it at that level. */
export async function viewerOf(
  db: Db,
  actor: Actor,
  tool: PracticeTool,
  level: LevelRef | undefined,
  context: { on: string; via: string; address?: string | undefined },
): Promise<PracticeViewer> {
  try {
    return await practiceViewer(db, actor, tool, level, context);
  } catch (error) {
    if (error instanceof PracticeRefused) throw new ApiError('forbidden', error.message);
    throw error;
  }
}

/**
 * Runs a tool, answering its refusals of records the council does not have (a team, a worker, a child
 * the viewer may not see) as a 400 naming the field; the tool's transaction has rolled back.
 */
export async function runTool<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof PracticeRequestError) {
      const named = /^--?(move|to|level):\s*/.exec(error.message);
      const field = named?.[1] ?? (/^no (team|worker) /.test(error.message) ? 'level' : 'query');
      throw new ApiError('bad_request', error.message.replace(/^--/, ''), field);
    }
    throw error;
  }
}
