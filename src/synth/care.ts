/**
 * A period of care: why and how it ends, the legal statuses and court proceedings behind it, the
 * placements, and the SSDA903 episodes they make. Episodes tile the period without gaps: each ends on
 * the day the next begins (REC X1) and the last ends with the reason the child left care.
 */
import { childScopedId, emit, iso, touch, type Kid } from './model.ts';
import type { SimContext } from './context.ts';
import { ageOn, birthday, until } from './dates.ts';
import {
  firstPlacementKind,
  makePlacement,
  moveKind,
  MOVE_REASONS,
  samePlace,
  splitSupportedAccommodation,
} from './placements.ts';
import type { LegalChange, PendingPeriod, Placement } from './care-model.ts';
import { emitCareRecords, type AdoptionPlan } from './care-records.ts';
import { leaveCare } from './leavers.ts';

export type CareRoute = 'accommodated' | 'court' | 'emergency' | 'uasc';
type Outcome = 'return' | 'adoption' | 'sgo' | 'cao' | 'eighteen' | 'other' | 'remand';

export interface CareResult {
  end: number;
  /** ReasonForClosure of the episode of need when care ends it. */
  closureReason: string;
  /** Whether a child in need plan follows (the child went home). */
  cinPlanAfter: boolean;
}

export function pickOutcome(ctx: SimContext, age: number, route: CareRoute): Outcome {
  const { random } = ctx;
  const w = ctx.params.longTermWeight;
  if (route === 'uasc')
    return random.weighted([
      ['eighteen', 82],
      ['other', 18],
    ]);
  if (route === 'accommodated' && age >= 12 && random.chance(0.03)) return 'remand';
  if (age < 1)
    return random.weighted([
      ['adoption', 34],
      ['return', 26],
      ['sgo', 24],
      ['cao', 5],
      ['eighteen', 10 * w],
      ['other', 1],
    ]);
  if (age < 5)
    return random.weighted([
      ['adoption', 22],
      ['return', 32],
      ['sgo', 24],
      ['cao', 7],
      ['eighteen', 14 * w],
      ['other', 1],
    ]);
  if (age < 10)
    return random.weighted([
      ['return', 42],
      ['sgo', 18],
      ['cao', 8],
      ['eighteen', 30 * w],
      ['other', 2],
    ]);
  if (age < 16)
    return random.weighted([
      ['return', 48],
      ['sgo', 4],
      ['cao', 2],
      ['eighteen', 40 * w],
      ['other', 6],
    ]);
  return random.weighted([
    ['return', 26],
    ['eighteen', 68],
    ['other', 6],
  ]);
}

/** Days from the start of care to its planned end (before the 18th birthday cap). */
function plannedLength(ctx: SimContext, outcome: Outcome, proceedingsEnd: number | undefined, start: number): number {
  const { random } = ctx;
  switch (outcome) {
    case 'return':
      return random.chance(0.3) ? random.int(2, 56) : 56 + Math.round(random.exponential(330));
    case 'remand':
      return random.int(14, 120);
    case 'other':
      return 20 + Math.round(random.exponential(400));
    case 'sgo':
    case 'cao':
      return (proceedingsEnd ?? start + 300) - start + (proceedingsEnd ? 0 : random.int(0, 400));
    case 'adoption':
      return 0; // decided by the adoption timeline
    case 'eighteen':
      return 1e6;
  }
}

export function runCare(ctx: SimContext, kid: Kid, start: number, route: CareRoute, need: string): CareResult {
  const { random } = ctx;
  const age = ageOn(kid.birth, start);
  const b18 = birthday(kid.birth, 18);
  let outcome = pickOutcome(ctx, age, route);
  kid.carePeriods += 1;
  ctx.counts.careStarts += 1;

  // Court proceedings: issued at the start (court, emergency) or later when an order is needed.
  const needsOrder =
    outcome === 'adoption' ||
    outcome === 'sgo' ||
    outcome === 'cao' ||
    (outcome === 'eighteen' && age < 14 && route !== 'uasc');
  let issue: number | undefined;
  if (route === 'court') issue = start;
  else if (route === 'emergency') issue = start + random.int(1, 8);
  else if (route === 'accommodated' && needsOrder) issue = start + random.int(20, 150);
  if (route === 'court' && outcome === 'return' && random.chance(0.5)) issue = start;
  let finalOrderDay: number | undefined;
  if (issue !== undefined) finalOrderDay = issue + Math.max(70, Math.round(random.normal(290, 95)));

  let end: number;
  let adoption: AdoptionPlan | undefined;
  if (outcome === 'adoption') {
    adoption = planAdoption(ctx, start, finalOrderDay ?? start + 300);
    end = adoption.disrupted || adoption.reversed ? b18 : adoption.orderDay;
    if (adoption.disrupted || adoption.reversed) outcome = random.chance(0.3) ? 'sgo' : 'eighteen';
    if (outcome === 'sgo') end = (adoption.reversalDay ?? adoption.placedDay ?? start) + random.int(150, 500);
  } else if (outcome === 'return' && finalOrderDay !== undefined) {
    end = finalOrderDay;
  } else {
    end = start + Math.max(1, plannedLength(ctx, outcome, finalOrderDay, start));
  }
  if (end >= b18) {
    end = b18;
    if (outcome !== 'other') outcome = 'eighteen';
  }
  if (route === 'uasc' && outcome === 'other') end = Math.min(end, start + random.int(10, 120));

  // Legal statuses over the period.
  const legal: LegalChange[] = [];
  if (outcome === 'remand') legal.push({ day: start, status: 'J1' });
  else if (route === 'emergency') {
    legal.push({ day: start, status: random.chance(0.6) ? 'L1' : 'L2' });
    legal.push({ day: start + random.int(1, 3), status: issue !== undefined ? 'C1' : 'V2' });
  } else if (route === 'court') legal.push({ day: start, status: 'C1' });
  else legal.push({ day: start, status: 'V2' });
  if (route === 'accommodated' && issue !== undefined && issue < end) legal.push({ day: issue, status: 'C1' });
  let finalOrder: string | undefined;
  if (finalOrderDay !== undefined) {
    finalOrder = orderFor(ctx, outcome, adoption, finalOrderDay, end);
    if (finalOrderDay < end) {
      if (finalOrder === 'care_order' || finalOrder === 'care_and_placement_order')
        legal.push({ day: finalOrderDay, status: finalOrder === 'care_order' ? 'C2' : 'E1' });
    }
    if (finalOrderDay > end && end < b18) finalOrderDay = end; // the order that ends care is made that day
  }
  if (
    adoption?.placementOrderDay !== undefined &&
    adoption.placementOrderDay < end &&
    !legal.some((l) => l.status === 'E1')
  ) {
    legal.push({ day: adoption.placementOrderDay, status: 'E1' });
  }
  // When the decision to place for adoption ceases the placement order goes with it: a care order from
  // then (rules 553, 557: no placement order without a decision in force).
  const reversal = adoption?.reversalDay;
  if (reversal !== undefined && reversal < end && statusOn(legal, reversal) === 'E1')
    legal.push({ day: reversal, status: 'C2' });

  const placements = buildPlacements(ctx, kid, start, end, outcome, adoption, route === 'uasc', route === 'court');
  const rec = reasonCeased(ctx, outcome, route, placements[placements.length - 1]!);
  const periodId = childScopedId(kid, 'L');
  ctx.pendingPeriods.push({ kid, periodId, start, end, legal, placements, need, rec });
  emitCareRecords(ctx, kid, {
    periodId,
    start,
    end,
    outcome,
    route,
    adoption,
    issue,
    finalOrderDay,
    finalOrder,
    placements,
    rec,
  });
  kid.needs.push({
    child: kid,
    team: 'permanence',
    kind: 'social_worker',
    start,
    end: end - 1 >= start ? end : start,
    endReason: 'CHCHAN',
    visits: 'cla',
  });
  kid.needs.push({ child: kid, team: 'iro', kind: 'iro', start, end });
  kid.lastCareEnd = end;
  touch(kid, end);
  leaveCare(ctx, kid, start, end, rec);

  const closureReason =
    rec.startsWith('E1') && (rec === 'E11' || rec === 'E12')
      ? 'RC1'
      : rec === 'E41'
        ? 'RC3'
        : rec.startsWith('E4') && rec !== 'E4A' && rec !== 'E4B'
          ? 'RC4'
          : rec === 'E3'
            ? 'RC5'
            : rec === 'E2'
              ? 'RC2'
              : rec === 'E7'
                ? 'RC6'
                : 'RC7';
  if (rec === 'E2') kid.diedOn = end;
  if (kid.uasc && outcome === 'eighteen') kid.uascCeased = b18;
  return {
    end,
    closureReason,
    cinPlanAfter: (rec === 'E4A' || rec === 'E4B' || rec === 'E13') && random.chance(0.5) && end < b18 - 60,
  };
}

function orderFor(
  ctx: SimContext,
  outcome: Outcome,
  adoption: AdoptionPlan | undefined,
  day: number,
  end: number,
): string {
  const { random } = ctx;
  if (outcome === 'sgo' && day >= end - 1) return random.chance(0.75) ? 'sgo' : 'sgo_supervision';
  if (outcome === 'cao' && day >= end - 1) return random.chance(0.7) ? 'cao' : 'cao_supervision';
  if (outcome === 'return' && day >= end - 1)
    return random.weighted([
      ['supervision_order', 55],
      ['no_order', 45],
    ]);
  if (adoption && adoption.placementOrderDay === day) return 'care_and_placement_order';
  return 'care_order';
}

/** The adoption journey's dates (decision, placement order, match, placement, order) and its disruptions. */
function planAdoption(ctx: SimContext, start: number, finalOrderDay: number): AdoptionPlan {
  const { random } = ctx;
  const decisionDay = start + random.int(90, 260);
  // Usually the court makes the care and placement orders together; sometimes the placement order follows.
  const placementOrderDay =
    Math.max(decisionDay + random.int(0, 30), finalOrderDay) + (random.chance(0.25) ? random.int(30, 150) : 0);
  const reversed = random.chance(0.06);
  if (reversed) {
    return {
      decisionDay,
      placementOrderDay: random.chance(0.5) ? placementOrderDay : undefined,
      reversalDay: placementOrderDay + random.int(60, 300),
      reversalReason: random.pick(['RD1', 'RD2', 'RD3', 'RD4']),
      orderDay: 0,
      disrupted: false,
      reversed: true,
    };
  }
  const matchDay = placementOrderDay + random.int(20, 220);
  const placedDay = matchDay + random.int(7, 45);
  const disrupted = random.chance(0.04);
  if (disrupted) {
    return {
      decisionDay,
      placementOrderDay,
      matchDay,
      placedDay,
      reversalDay: placedDay + random.int(30, 250),
      reversalReason: random.pick(['RD1', 'RD4']),
      orderDay: 0,
      disrupted: true,
      reversed: false,
    };
  }
  // Not on 31 March: a child whose care ends that day is still in the OC2 cohort of the 903 validation
  // rules, which then may not also have an adoption (AD1) record (rule 187).
  let orderDay = placedDay + random.int(70, 330);
  if (iso(orderDay).endsWith('-03-31')) orderDay += 1;
  return { decisionDay, placementOrderDay, matchDay, placedDay, orderDay, disrupted: false, reversed: false };
}

/** The legal status in force on `day` (the latest change on or before it). */
function statusOn(legal: LegalChange[], day: number): string | undefined {
  let status: string | undefined;
  let latest = -Infinity;
  for (const change of legal) {
    if (change.day <= day && change.day >= latest) {
      latest = change.day;
      status = change.status;
    }
  }
  return status;
}

function buildPlacements(
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

function reasonCeased(ctx: SimContext, outcome: Outcome, route: CareRoute, last: Placement): string {
  const { random } = ctx;
  switch (outcome) {
    case 'return':
      return route === 'accommodated'
        ? random.weighted([
            ['E4A', 60],
            ['E13', 25],
            ['E4B', 15],
          ])
        : 'E4A';
    case 'adoption':
      return random.chance(0.6) ? 'E11' : 'E12';
    case 'sgo':
      // E45 and E46 are special guardianship to former foster carers: only from a foster placement (rule 516).
      if (!last.type.startsWith('U')) return random.chance(0.85) ? 'E47' : 'E48';
      return random.weighted([
        ['E45', 45],
        ['E46', 15],
        ['E47', 35],
        ['E48', 5],
      ]);
    case 'cao':
      return 'E41';
    case 'remand':
      return 'E14';
    case 'eighteen':
      if (last.type.startsWith('U'))
        return random.chance(0.45)
          ? 'E17'
          : random.weighted([
              ['E5', 60],
              ['E8', 25],
              ['E6', 10],
              ['E7', 5],
            ]);
      return random.weighted([
        ['E5', 60],
        ['E6', 8],
        ['E8', 25],
        ['E7', 4],
        ['E13', 3],
      ]);
    case 'other':
      return route === 'uasc'
        ? random.weighted([
            ['E3', 70],
            ['E15', 30],
          ])
        : random.weighted([
            ['E3', 45],
            ['E9', 15],
            ['E8', 30],
            ['E16', 6],
            ['E2', 4],
          ]);
  }
}

/** Writes the care period, its placements and its 903 episodes (clipped at the reference date). */
export function emitPeriod(ctx: SimContext, period: PendingPeriod): void {
  const { kid, periodId, start, end, legal, need, rec } = period;
  if (start > ctx.end) return;
  const placements = splitSupportedAccommodation(period.placements);
  emit(kid, 'care_period', {
    id: periodId,
    child_id: kid.id,
    start_date: iso(start),
    end_date: until(end, ctx.end),
    short_breaks_only: false,
  });
  const placementIds: string[] = [];
  for (const p of placements) {
    const id = childScopedId(kid, 'Q');
    placementIds.push(id);
    if (p.start > ctx.end) continue;
    emit(kid, 'placement', {
      id,
      child_id: kid.id,
      care_period_id: periodId,
      start_date: iso(p.start),
      end_date: until(p.end, ctx.end),
      placement_type: p.type,
      provider: p.provider,
      postcode: p.postcode,
      urn: p.urn,
      home_id: p.homeId,
      carer_id: p.carer,
      in_area: p.inArea,
      weekly_cost: p.weeklyCost,
    });
  }
  // Change points: a new placement, a new legal status, or both on one day.
  const days = new Set<number>([
    ...placements.map((p) => p.start),
    ...legal.filter((l) => l.day < end).map((l) => l.day),
  ]);
  const sorted = [...days].filter((d) => d < end || d === start).sort((a, b) => a - b);
  let status = legal[0]!.status;
  let placementIndex = 0;
  for (let i = 0; i < sorted.length; i++) {
    const day = sorted[i]!;
    const legalChange = legal.filter((l) => l.day === day).pop();
    const placementChange = placements.findIndex((p) => p.start === day);
    if (legalChange) status = legalChange.status;
    if (placementChange >= 0) placementIndex = placementChange;
    const p = placements[placementIndex]!;
    let rne = 'S';
    if (i > 0) {
      const moved = placementChange >= 0;
      const legalOnly = !moved;
      if (legalOnly) rne = 'L';
      else if (legalChange) rne = p.sameCarer ? 'U' : 'B';
      else rne = p.sameCarer ? 'T' : 'P';
    }
    const next = sorted[i + 1];
    const epEnd = next ?? end;
    if (day > ctx.end) break;
    const ended = epEnd <= ctx.end;
    emit(kid, 'cla_episode', {
      id: childScopedId(kid, 'E'),
      child_id: kid.id,
      care_period_id: periodId,
      placement_id: placementIds[placementIndex]!,
      start_date: iso(day),
      reason_new: rne,
      legal_status: status,
      category_of_need: need,
      placement_type: p.type,
      provider: p.provider,
      home_postcode: kid.postcode,
      placement_postcode: p.postcode,
      urn: p.urn,
      end_date: ended ? iso(epEnd) : null,
      reason_ceased: ended ? (next !== undefined ? 'X1' : rec) : null,
      reason_place_change: rne === 'P' || rne === 'B' || rne === 'T' || rne === 'U' ? (p.reason ?? 'CARPL') : null,
    });
  }
}
