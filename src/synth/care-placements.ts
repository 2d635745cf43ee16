/**
 * The placements over one period of care: the first by age and route, an early move from an emergency
 * placement for some, rare moves after, and the fixed ones (placed for adoption, an adoption disruption,
 * a long-term foster match). Where each placement is comes from placements.ts.
 */
import type { Kid } from './model.ts';
import type { SimContext } from './context.ts';
import { ageOn } from './dates.ts';
import { firstPlacementKind, makePlacement, moveKind, MOVE_REASONS, samePlace } from './placements.ts';
import type { CareOutcome as Outcome, Placement } from './care-model.ts';
import type { AdoptionPlan } from './care-records.ts';

export function buildPlacements(
  ctx: SimContext,
  kid: Kid,
  start: number,
  end: number,
  outcome: Outcome,
  adoption: AdoptionPlan | undefined,
  uasc: boolean,
  careOrder: boolean,
): Placement[] {
  const { random, params } = ctx;
  const ageAt = (day: number) => ageOn(kid.birth, day);
  const list: Placement[] = [];
  let firstKind = outcome === 'remand' ? 'residential' : firstPlacementKind(ctx, ageAt(start), uasc);
  // Placement with parents (P1) needs a care order: accommodated children go to kin instead.
  if (firstKind === 'parents' && !careOrder) firstKind = 'kinship';
  list.push(makePlacement(ctx, firstKind, start));
  // Moves: an early move from an emergency placement for some, then a steady rate.
  // Most children settle: an early move from an emergency placement, then rarely. Years in which
  // placements keep breaking down are added afterwards, year by year (stability.ts).
  const moves: number[] = [];
  if (random.chance(0.2)) moves.push(start + random.int(3, 60));
  for (
    let day = start + Math.round(random.exponential(365 / 0.1));
    day < end;
    day += Math.round(random.exponential(365 / 0.1)) + 1
  )
    moves.push(day);
  const fixed: { day: number; kind: 'adoption' | 'disruption' | 'long_term_foster' }[] = [];
  if (adoption?.placedDay !== undefined && adoption.placedDay < end)
    fixed.push({ day: adoption.placedDay, kind: 'adoption' });
  if (adoption?.disrupted && adoption.reversalDay! < end)
    fixed.push({ day: adoption.reversalDay!, kind: 'disruption' });
  if (outcome === 'eighteen' && ageAt(start) < 15 && !adoption)
    fixed.push({ day: start + random.int(250, 500), kind: 'long_term_foster' });
  // While placed for adoption the child does not move (apart from a disruption).
  const frozenFrom = adoption?.placedDay ?? Infinity;
  const frozenTo = adoption?.disrupted ? adoption.reversalDay! : Infinity;
  const events = [
    ...moves
      .filter((d) => d > start && d < end && (d < frozenFrom || d > frozenTo))
      .map((day) => ({ day, kind: 'move' as const })),
    ...fixed.filter((f) => f.day > start && f.day < end),
  ].sort((a, b) => a.day - b.day);
  let lastDay = start;
  for (const event of events) {
    if (event.day <= lastDay) continue;
    const previous = list[list.length - 1]!;
    let next: Placement;
    if (event.kind === 'adoption') next = makePlacement(ctx, 'adoption', event.day, previous);
    else if (event.kind === 'long_term_foster') {
      if (previous.type !== 'U6' && previous.type !== 'U3') continue;
      next = makePlacement(ctx, 'long_term_foster', event.day, previous);
    } else {
      const kind = event.kind === 'disruption' ? 'foster' : moveKind(ctx, ageAt(event.day));
      next = makePlacement(ctx, kind, event.day);
      // A move is to somewhere else (rule 435): draw again when the home drawn is the one the child is in.
      for (let tries = 0; tries < 5 && samePlace(next, previous); tries++) next = makePlacement(ctx, kind, event.day);
      if (samePlace(next, previous)) next = makePlacement(ctx, kind === 'foster' ? 'residential' : 'foster', event.day);
      next.reason = event.kind === 'disruption' ? 'CARPL' : random.weighted(MOVE_REASONS);
    }
    previous.end = event.day;
    list.push(next);
    lastDay = event.day;
  }
  list[list.length - 1]!.end = end;
  return list;
}
