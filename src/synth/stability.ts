/**
 * Short-term placement stability, year by year: of the children looked after at 31 March, the
 * published share had 3 or more placements in the year (April to March). After the simulation, each
 * year's children in care at 31 March are counted; if too few have 3 placements, moves are added to
 * randomly chosen others (never while placed for adoption), so each year's figure is the published one.
 */
import type { SimContext } from './context.ts';
import type { Kid } from './model.ts';
import { emitPeriod } from './care-episodes.ts';
import type { PendingPeriod } from './care-model.ts';
import { ageOn, march31, yearOf } from './dates.ts';
import { makePlacement, moveKind, MOVE_REASONS, samePlace } from './placements.ts';

export function stabiliseAndEmitPeriods(ctx: SimContext): void {
  const byKid = new Map<Kid, PendingPeriod[]>();
  for (const period of ctx.pendingPeriods) {
    const list = byKid.get(period.kid);
    if (list) list.push(period);
    else byKid.set(period.kid, [period]);
  }
  const firstYear = yearOf(ctx.windowStart) + 1;
  for (let year = firstYear; march31(year) <= ctx.end; year++) stabiliseYear(ctx, year, byKid);
  for (const period of ctx.pendingPeriods) emitPeriod(ctx, period);
  ctx.pendingPeriods = [];
}

function placementsInYear(periods: PendingPeriod[], from: number, to: number): number {
  let n = 0;
  for (const period of periods) for (const p of period.placements) if (p.start <= to && p.end >= from) n++;
  return n;
}

function stabiliseYear(ctx: SimContext, year: number, byKid: Map<Kid, PendingPeriod[]>): void {
  const { random } = ctx;
  const d = march31(year);
  const from = march31(year - 1) + 1;
  const inCare = ctx.pendingPeriods.filter((p) => p.start <= d && p.end > d);
  const unsettled = inCare.filter((p) => placementsInYear(byKid.get(p.kid)!, from, d) >= 3).length;
  let needed = Math.round(ctx.params.stabilityShort * inCare.length) - unsettled;
  const candidates = inCare.filter(
    (p) => placementsInYear(byKid.get(p.kid)!, from, d) < 3 && d - Math.max(p.start, from) >= 30,
  );
  while (needed > 0 && candidates.length > 0) {
    const index = random.int(0, candidates.length - 1);
    const period = candidates[index]!;
    candidates[index] = candidates[candidates.length - 1]!;
    candidates.pop();
    let missing = 3 - placementsInYear(byKid.get(period.kid)!, from, d);
    for (let tries = 0; missing > 0 && tries < 20; tries++) {
      if (addMove(ctx, period, random.int(Math.max(period.start + 1, from), d))) missing--;
    }
    if (missing === 0) needed--;
  }
}

/** Splits the placement open on `day` with a move to a new placement; false if it cannot move then. */
function addMove(ctx: SimContext, period: PendingPeriod, day: number): boolean {
  const index = period.placements.findIndex((p) => p.start < day && p.end > day);
  const current = period.placements[index];
  if (!current || current.type === 'A5' || current.type === 'A6' || period.legal.some((l) => l.day === day))
    return false;
  const kind = moveKind(ctx, ageOn(period.kid.birth, day));
  // A move is to somewhere else than the home before and the one after (rule 435).
  const following = period.placements[index + 1];
  let next = makePlacement(ctx, kind, day);
  for (let tries = 0; tries < 5 && (samePlace(next, current) || samePlace(next, following)); tries++)
    next = makePlacement(ctx, kind, day);
  if (samePlace(next, current) || samePlace(next, following)) return false;
  next.reason = ctx.random.weighted(MOVE_REASONS);
  next.end = current.end;
  current.end = day;
  period.placements.splice(index + 1, 0, next);
  return true;
}
