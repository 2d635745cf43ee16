/**
 * After the simulation: keep the children whose records reach into the requested years, allocate their
 * cases to workers, add statutory visits, and write the child-level rows that depend on everything else
 * (the child row itself, previous permanence, the care leaver's personal adviser).
 */
import { childScopedId, emit, iso, type Kid, type Row, type Tables, type TableName } from './model.ts';
import type { SimContext } from './context.ts';
import { ageOn, until } from './dates.ts';
import { childRow } from './people.ts';
import { stabiliseAndEmitPeriods } from './stability.ts';
import { careLeaverRow } from './leavers.ts';
import { adopterRows } from './adopters.ts';
import { runWorkforce, workforceRows } from './workforce.ts';
import type { Allocation, Workforce } from './workforce-model.ts';

export function keptChildren(ctx: SimContext): Kid[] {
  return ctx.kids.filter((kid) => kid.rows.length > 0 && kid.lastActivity >= ctx.windowStart);
}

const VISIT_GAP: Record<string, [number, number]> = {
  cp: [7, 14],
  cla: [28, 42],
  cin: [20, 42],
  care_leaver: [40, 75],
};

/** Statutory visits during each span that calls for them, by the worker holding the case that day. */
function visits(ctx: SimContext, kid: Kid, allocations: Allocation[], from: number): void {
  const { random } = ctx;
  for (const need of kid.needs) {
    if (!need.visits) continue;
    const [low, high] = VISIT_GAP[need.visits]!;
    const start = Math.max(need.start, from);
    for (
      let day = start + random.int(2, low);
      day <= need.end && day <= ctx.end;
      day += random.chance(0.95) ? random.int(low, high) : random.int(high, high * 2)
    ) {
      if (day < kid.birth) continue;
      const holder = allocations.find((a) => a.need === need && a.start <= day && a.end >= day);
      const seen = random.chance(0.94);
      emit(kid, 'visit', {
        id: childScopedId(kid, 'V'),
        child_id: kid.id,
        worker_id: holder?.worker.id ?? null,
        visit_date: iso(day),
        kind: need.visits,
        seen,
        seen_alone: seen && ageOn(kid.birth, day) >= 5 && random.chance(0.6),
      });
    }
  }
}

/** Children at risk of exploitation: those who went missing often are considered under the arrangements. */
function exploitation(ctx: SimContext, kid: Kid): void {
  const { random } = ctx;
  const missing = kid.rows.filter(([table]) => table === 'missing_episode');
  if (missing.length < 3 || !random.chance(0.6)) return;
  const day = missing[2]![1].start_date as string;
  const level = () =>
    random.weighted([
      ['low', 50],
      ['medium', 35],
      ['high', 15],
    ]);
  const subject = random.chance(0.5);
  emit(kid, 'exploitation_assessment', {
    id: childScopedId(kid, 'Z'),
    child_id: kid.id,
    assessment_date: day,
    sexual_exploitation_risk: kid.sex === 'F' || random.chance(0.3) ? level() : null,
    criminal_exploitation_risk: level(),
    arrangements_start: subject ? day : null,
    arrangements_end: null,
    disclosure: random.chance(0.1),
  });
}

export interface Finished {
  kept: Kid[];
  workforce: Workforce;
}

export function finish(ctx: SimContext, tables: Tables): Finished {
  stabiliseAndEmitPeriods(ctx);
  const kept = keptChildren(ctx);
  // Children whose records end before the window are dropped: free their rows now (most of the burn-in).
  const keptSet = new Set(kept);
  for (const kid of ctx.kids) {
    if (keptSet.has(kid)) continue;
    kid.rows = [];
    kid.needs = [];
  }
  ctx.kids = kept;
  ctx.pools = { recent: [], priorCp: [], priorCare: [], older: [] };
  const from = ctx.windowStart - 365;
  const workforce = runWorkforce(ctx, kept, from);
  const rows = workforceRows(ctx, workforce, from);
  append(tables.team, rows.team);
  append(tables.team_establishment, rows.team_establishment);
  append(tables.worker, rows.worker);
  for (const kid of kept) {
    const allocations = workforce.byChild.get(kid) ?? [];
    visits(ctx, kid, allocations, from);
    exploitation(ctx, kid);
    tables.child.push(childRow(ctx, kid));
    if (kid.previousPermanence) {
      const p = kid.previousPermanence;
      tables.previous_permanence.push({
        child_id: kid.id,
        option: p.option,
        order_la: p.option === 'Z1' ? null : p.la,
        order_date: p.option === 'Z1' ? null : until(p.day ?? ctx.end, ctx.end),
      });
    }
    const adviser = allocations.filter((a) => a.need.kind === 'personal_adviser').pop();
    const leaver = careLeaverRow(ctx, kid, adviser?.worker.id ?? null);
    if (leaver) tables.care_leaver.push(leaver);
    for (const [table, row] of kid.rows) (tables[table as TableName] as Row[]).push(row);
    kid.rows = [];
  }
  append(tables.allocation, rows.allocation);
  append(tables.adopter, adopterRows(ctx, tables.adoption, from));
  return { kept, workforce };
}

/** Appends without spreading (a spread of 100,000+ rows overflows the call stack). */
function append(target: Row[], rows: Row[]): void {
  for (const row of rows) target.push(row);
}
