/**
 * A period of care: why and how it ends, the legal statuses and court proceedings behind it, and the
 * reason the child left care. Its placements come from care-placements.ts; once the placement stability
 * pass is done, care-episodes.ts writes it as rows (the period, its placements and 903 episodes).
 */
import { childScopedId, iso, touch, type Kid } from './model.ts';
import type { SimContext } from './context.ts';
import { ageOn, birthday } from './dates.ts';
import type { CareOutcome as Outcome, LegalChange, Placement } from './care-model.ts';
import { buildPlacements } from './care-placements.ts';
import { emitCareRecords, type AdoptionPlan } from './care-records.ts';
import { leaveCare } from './leavers.ts';

export type CareRoute = 'accommodated' | 'court' | 'emergency' | 'uasc';

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
