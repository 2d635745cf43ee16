/**
 * The one clock engine: for every open case of a council at a date, every clock running on it (and the
 * last one met), with the rule behind it. The child page, caseloads, trackers and `kestrel drift` read
 * this, so a clock means the same everywhere. Pure reads: callers that show children audit them.
 */
import type { Db } from '../../store/db.ts';
import { checkRulesAgainstSchema, type ClockRule } from './rules.ts';
import { allocationsSql, clocksSql, isFiltered, type ClockQueryOptions } from './sql.ts';

export const CLOCK_STATUSES = ['overdue', 'due soon', 'on time', 'met late', 'met'] as const;
export type ClockStatus = (typeof CLOCK_STATUSES)[number];

export interface Clock {
  clockId: string;
  title: string;
  citation: string;
  local: boolean;
  childId: string;
  /** The record the clock runs on: the assessment, S47, plan, period of care, placement ... */
  recordId: string;
  started: string;
  due: string;
  /** The date the clock was met, when met on or before the date asked about. */
  met: string | null;
  status: ClockStatus;
  /** Calendar days past the due date: at the date when overdue, at the meeting when met late; else 0. */
  daysOver: number;
  /** Who held the child at the date (the rule's allocation kind; social worker unless it says). */
  teamId: string | null;
  workerId: string | null;
}

export interface ClockRequest extends ClockQueryOptions {
  laCode: string;
  at: string;
  rules: readonly ClockRule[];
  /** Only these clock ids (all when absent). */
  clockIds?: readonly string[];
}

interface ClockRow {
  clock_id: string;
  child_id: string;
  record_id: string;
  started: string;
  due: string;
  met: string | null;
  status: ClockStatus;
  days_over: number | string;
  alloc_kind: string;
}

export class ClockRequestError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ClockRequestError';
  }
}

/** The rules a request asks for; an unknown id is refused with the ids there are. */
export function selectRules(rules: readonly ClockRule[], clockIds: readonly string[] | undefined): ClockRule[] {
  if (!clockIds?.length) return [...rules];
  const byId = new Map(rules.map((r) => [r.id, r]));
  return clockIds.map((id) => {
    const rule = byId.get(id);
    if (!rule)
      throw new ClockRequestError(`Unknown clock "${id}": the clocks are ${rules.map((r) => r.id).join(', ')}.`);
    return rule;
  });
}

/**
 * Every clock of the request, in a transaction of its own: the council's open cases, or only the
 * children, workers or teams the request names (ClockQueryOptions), worked out inside the one statement.
 */
export async function computeClocks(db: Db, request: ClockRequest): Promise<Clock[]> {
  return db.transaction((tx) => queryClocks(tx, request));
}

/** As computeClocks, inside the caller's transaction (so a caller can audit what it shows in the same one). */
export async function queryClocks(tx: Db, request: ClockRequest): Promise<Clock[]> {
  const rules = selectRules(request.rules, request.clockIds);
  await checkRulesAgainstSchema(tx, rules);
  const { sql, values } = clocksSql(rules, request.laCode, request.at, request);
  // JIT compiling a one-off statement costs more than it saves (as for the indicators).
  await tx.query('SET LOCAL jit = off');
  const rows = await tx.query<ClockRow>(sql, values);
  // A filtered request reads the allocations of the children it found only, so its cost follows them.
  const children = isFiltered(request) ? [...new Set(rows.map((row) => row.child_id))] : undefined;
  const held = allocationsSql(request.laCode, request.at, children);
  const holders = new Map(
    (children?.length === 0
      ? []
      : await tx.query<{ child_id: string; kind: string; team_id: string; worker_id: string }>(held.sql, held.values)
    ).map((a) => [`${a.child_id}\u0000${a.kind}`, a]),
  );
  const byId = new Map(rules.map((r) => [r.id, r]));
  return rows.map((row) => {
    const rule = byId.get(row.clock_id)!;
    const holder = holders.get(`${row.child_id}\u0000${row.alloc_kind}`);
    return {
      clockId: row.clock_id,
      title: rule.title,
      citation: rule.citation,
      local: rule.local ?? false,
      childId: row.child_id,
      recordId: row.record_id,
      started: row.started,
      due: row.due,
      met: row.met,
      status: row.status,
      daysOver: Number(row.days_over),
      teamId: holder?.team_id ?? null,
      workerId: holder?.worker_id ?? null,
    };
  });
}
