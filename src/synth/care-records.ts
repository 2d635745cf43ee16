/**
 * The records that hang off a period of care: looked-after reviews, health checks and OC2 outcomes,
 * missing episodes and return interviews, the permanence plan, the adoption journey, care proceedings,
 * previous permanence orders and deprivation of liberty orders.
 */
import { childScopedId, emit, iso, type Kid } from './model.ts';
import type { SimContext } from './context.ts';
import { addWd, ageOn, birthday, march31, until, yearOf } from './dates.ts';
import type { Placement } from './care-model.ts';

export interface AdoptionPlan {
  decisionDay: number;
  placementOrderDay?: number;
  matchDay?: number;
  placedDay?: number;
  orderDay: number;
  reversalDay?: number;
  reversalReason?: string;
  disrupted: boolean;
  reversed: boolean;
}

export interface PeriodFacts {
  periodId: string;
  start: number;
  end: number;
  outcome: string;
  route: string;
  adoption?: AdoptionPlan | undefined;
  issue?: number | undefined;
  finalOrderDay?: number | undefined;
  finalOrder?: string | undefined;
  placements: Placement[];
  rec: string;
}

const PARTICIPATION: [string, number][] = [
  ['PN1', 40],
  ['PN2', 8],
  ['PN3', 8],
  ['PN4', 5],
  ['PN5', 12],
  ['PN6', 17],
  ['PN7', 10],
];
const DOLO_FROM = 20544; // 2026-04-01: the 903 DoLo table starts in 2026-27

export function emitCareRecords(ctx: SimContext, kid: Kid, period: PeriodFacts): void {
  if (period.start > ctx.end) return;
  reviews(ctx, kid, period);
  health(ctx, kid, period);
  missing(ctx, kid, period);
  proceedings(ctx, kid, period);
  adoptionRecord(ctx, kid, period);
  if (kid.previousPermanence === undefined)
    kid.previousPermanence = {
      option: ctx.random.chance(0.03) ? ctx.random.pick(['P1', 'P2', 'P3', 'P4']) : 'Z1',
      day: null,
      la: ctx.random.chance(0.5) ? ctx.recognisedLaCode : '999',
    };
  if (kid.previousPermanence.option !== 'Z1' && kid.previousPermanence.day === null)
    kid.previousPermanence.day = period.start - ctx.random.int(400, 2500);
  // MOTHER is completed for every girl looked after (rules 165, 393, 607): no, unless she is a mother.
  // The flag is one per child, so only a girl 12 or over when the window opens can be a mother (rule 620: not under 11).
  // Her first child is born while she is looked after, at 14 or over (903 MC_DOB, rules 621, 625, 626).
  const firstChildFrom = Math.max(birthday(kid.birth, 14), period.start);
  const firstChildBy = Math.min(period.end, ctx.end);
  if (
    kid.sex === 'F' &&
    kid.motherOfChild !== true &&
    ageOn(kid.birth, period.end) >= 15 &&
    ageOn(kid.birth, ctx.windowStart) >= 12 &&
    firstChildFrom <= firstChildBy &&
    ctx.random.chance(0.03)
  ) {
    kid.motherOfChild = true;
    kid.firstChildBirth = ctx.random.int(firstChildFrom, firstChildBy);
  } else if (kid.sex === 'F') kid.motherOfChild ??= false;
  const residential = period.placements.find((p) => p.type === 'K2' || p.type === 'K1');
  if (
    residential &&
    residential.start >= DOLO_FROM &&
    ageOn(kid.birth, residential.start) >= 12 &&
    ctx.random.chance(0.06) &&
    residential.start <= ctx.end
  ) {
    emit(kid, 'dolo', {
      id: childScopedId(kid, 'O'),
      child_id: kid.id,
      start_date: iso(residential.start + 7),
      end_date: until(Math.min(residential.end, residential.start + 180), ctx.end),
    });
  }
}

/** Reviews: the first within 20 working days, the second within 3 months of it, then every 6 months. */
function reviews(ctx: SimContext, kid: Kid, period: PeriodFacts): void {
  const { random } = ctx;
  const first = addWd(period.start, random.chance(0.96) ? random.int(8, 20) : random.int(21, 30));
  let day = first;
  let n = 0;
  let planned = false;
  while (day < period.end && day <= ctx.end) {
    n += 1;
    const age = ageOn(kid.birth, day);
    emit(kid, 'cla_review', {
      id: childScopedId(kid, 'Y'),
      child_id: kid.id,
      review_date: iso(day),
      participation: age < 4 ? 'PN0' : random.weighted(PARTICIPATION),
    });
    if (n === 2 && !planned) {
      planned = true;
      emit(kid, 'permanence_plan', {
        id: childScopedId(kid, 'Z'),
        child_id: kid.id,
        plan_date: iso(random.chance(0.9) ? day : day + random.int(1, 60)),
        plan: permanencePlan(period, age),
      });
    }
    day += n === 1 ? random.int(50, 91) : random.chance(0.97) ? random.int(150, 182) : random.int(183, 230);
  }
}

function permanencePlan(period: PeriodFacts, age: number): string {
  switch (period.outcome) {
    case 'adoption':
      return 'adoption';
    case 'sgo':
      return 'sgo';
    case 'cao':
      return 'cao';
    case 'return':
      return 'return_home';
    default:
      if (age >= 15) return 'independence';
      return period.placements.some((p) => p.type === 'K2') ? 'residential' : 'long_term_fostering';
  }
}

/** Health assessments and dental checks each year, and the OC2 outcomes at each 31 March after 12 months in care. */
function health(ctx: SimContext, kid: Kid, period: PeriodFacts): void {
  const { random } = ctx;
  for (
    let day = addWd(period.start, random.int(10, 25));
    day < period.end && day <= ctx.end;
    day += random.int(300, 380)
  ) {
    if (random.chance(0.9))
      emit(kid, 'health_check', {
        id: childScopedId(kid, 'H'),
        child_id: kid.id,
        kind: 'health_assessment',
        check_date: iso(day),
      });
    if (ageOn(kid.birth, day) >= 1 && random.chance(0.8))
      emit(kid, 'health_check', {
        id: childScopedId(kid, 'H'),
        child_id: kid.id,
        kind: 'dental',
        check_date: iso(day + random.int(0, 60)),
      });
  }
  // The OC2 cohort as the 903 defines it (rules/cohorts.ts): in care on 1 April and not leaving before 31 March.
  const firstYear = yearOf(period.start);
  for (let year = firstYear; year <= firstYear + 20; year++) {
    const m31 = march31(year);
    if (m31 > ctx.end || m31 > period.end) break;
    if (period.start > march31(year - 1) + 1) continue;
    const age = ageOn(kid.birth, m31);
    // SDQ: a score or a reason for any child 4 or over at 31 March and under 17 on 1 April (rules 186,
    // 197B), none for a child under 4 at 31 March (188); SDQ1 ("under 4 or over 16") only at those ages (157).
    const yearStart = march31(year - 1) + 1;
    const sdqDue = birthday(kid.birth, 4) <= m31 && birthday(kid.birth, 17) >= yearStart;
    const scored = sdqDue && random.chance(0.78);
    const boundary = birthday(kid.birth, 4) > yearStart || birthday(kid.birth, 16) < m31;
    const misuse = age >= 10 && random.chance(0.04);
    const received = misuse && random.chance(0.6);
    emit(kid, 'health_outcome', {
      child_id: kid.id,
      year,
      sdq_score: scored ? Math.max(0, Math.min(40, Math.round(random.normal(14.5, 7)))) : null,
      sdq_reason:
        sdqDue && !scored
          ? boundary
            ? 'SDQ1'
            : random.weighted([
                ['SDQ2', 40],
                ['SDQ3', 15],
                ['SDQ4', 30],
                ['SDQ5', 15],
              ])
          : null,
      convicted: age >= 10 ? random.chance(0.03) : null,
      health_check: age < 5 ? random.chance(0.88) : null,
      immunisations: random.chance(0.83),
      teeth_check: random.chance(0.8),
      health_assessment: random.chance(0.9),
      // Rules 182 and 191: substance misuse is answered for every child in the cohort (no for the youngest).
      substance_misuse: misuse,
      intervention_received: misuse ? received : null,
      // "Offered" is asked only when no intervention was received (rule 158).
      intervention_offered: misuse && !received ? random.chance(0.25) : null,
    });
  }
}

/** Missing and away episodes of children aged 11 or over, with return home interviews. */
function missing(ctx: SimContext, kid: Kid, period: PeriodFacts): void {
  const { random } = ctx;
  const from = Math.max(period.start, birthday(kid.birth, 11));
  if (from >= period.end) return;
  const rate = random.chance(0.14) ? 5 : 0.15; // a few children go missing again and again
  const seen = new Set<string>();
  let lastEnd = -Infinity;
  for (
    let day = from + Math.round(random.exponential(365 / rate));
    day < period.end && day <= ctx.end;
    day += Math.round(random.exponential(365 / rate)) + 2
  ) {
    // One spell at a time: the next starts after the last ended (rule 574).
    day = Math.max(day, lastEnd + 1);
    if (day >= period.end || day > ctx.end) break;
    const kind = random.chance(0.75) ? 'M' : 'A';
    const key = `${day}${kind}`;
    if (seen.has(key)) continue;
    seen.add(key);
    // Back before care ends: a child missing when care ends would need REC E8 (rule 580).
    const end = Math.min(
      period.end - 1,
      day +
        random.weighted([
          [0, 55],
          [1, 28],
          [2, 8],
          [4, 6],
          [9, 3],
        ]),
    );
    lastEnd = end;
    const offered = random.chance(0.8) ? end + random.int(0, 4) : null;
    emit(kid, 'missing_episode', {
      id: childScopedId(kid, 'M'),
      child_id: kid.id,
      kind,
      start_date: iso(day),
      end_date: until(end, ctx.end),
      rhi_offered_date: offered !== null && end <= ctx.end ? until(offered, ctx.end) : null,
      rhi_accepted: offered !== null && offered <= ctx.end && end <= ctx.end ? random.chance(0.6) : null,
    });
  }
}

/** Pre-proceedings (PLO) and the care application, with its final order. */
function proceedings(ctx: SimContext, kid: Kid, period: PeriodFacts): void {
  const { random } = ctx;
  if (period.issue === undefined) return;
  const pre = period.route === 'court' && random.chance(0.5) ? period.issue - random.int(40, 150) : undefined;
  const issue = period.issue;
  if ((pre ?? issue) > ctx.end) return;
  const decided = period.finalOrderDay !== undefined && period.finalOrderDay <= ctx.end && issue <= ctx.end;
  emit(kid, 'care_proceedings', {
    id: childScopedId(kid, 'G'),
    child_id: kid.id,
    pre_proceedings_start: pre !== undefined ? iso(pre) : null,
    pre_proceedings_end: pre !== undefined ? until(issue, ctx.end) : null,
    issue_date: until(issue, ctx.end),
    final_order_date: decided ? iso(period.finalOrderDay!) : null,
    final_order: decided ? period.finalOrder! : null,
  });
  // A placement order applied for after the care order: its own application and final order.
  const po = period.adoption?.placementOrderDay;
  if (
    po !== undefined &&
    period.finalOrderDay !== undefined &&
    po > period.finalOrderDay + 20 &&
    period.finalOrderDay + 10 <= ctx.end
  ) {
    const poIssue = period.finalOrderDay + random.int(5, 20);
    emit(kid, 'care_proceedings', {
      id: childScopedId(kid, 'G'),
      child_id: kid.id,
      pre_proceedings_start: null,
      pre_proceedings_end: null,
      issue_date: iso(poIssue),
      final_order_date: until(po, ctx.end),
      final_order: po <= ctx.end ? 'placement_order' : null,
    });
  }
}

/**
 * Adopters' sex and legal status, consistent as rules 514-524 require: a single adopter (L0) is M1 or F1;
 * a different-sex couple (MF) is married (L11, L3) or in a civil partnership (L2); a same-sex couple (MM,
 * FF) is married (L12, L4) or in a civil partnership (L2).
 */
function adopterCodes(ctx: SimContext, couple: boolean): { sex: string; legalStatus: string } {
  const { random } = ctx;
  if (!couple) return { sex: random.chance(0.85) ? 'F1' : 'M1', legalStatus: 'L0' };
  const sex = random.weighted([
    ['MF', 85],
    ['MM', 8],
    ['FF', 7],
  ]);
  const legalStatus =
    sex === 'MF'
      ? random.weighted([
          ['L11', 70],
          ['L3', 22],
          ['L2', 8],
        ])
      : random.weighted([
          ['L12', 50],
          ['L4', 25],
          ['L2', 25],
        ]);
  return { sex, legalStatus };
}

function adoptionRecord(ctx: SimContext, kid: Kid, period: PeriodFacts): void {
  const { random } = ctx;
  const a = period.adoption;
  if (!a || a.decisionDay > ctx.end) return;
  const at = (day: number | undefined) => (day !== undefined ? until(day, ctx.end) : null);
  const reversal = a.reversalDay !== undefined && a.reversalDay <= ctx.end;
  const ordered = !a.disrupted && !a.reversed && a.orderDay <= ctx.end;
  const placedWith = period.placements.find((p) => p.type === 'A5' || p.type === 'A6');
  const couple = random.chance(0.85);
  const matched = a.matchDay !== undefined && a.matchDay <= ctx.end;
  const adopters = adopterCodes(ctx, couple);
  emit(kid, 'adoption', {
    id: childScopedId(kid, 'B'),
    child_id: kid.id,
    care_period_id: period.periodId,
    decision_date: iso(a.decisionDay),
    placement_order_date: at(a.placementOrderDay),
    match_date: at(a.matchDay),
    ffa_placed_date:
      placedWith?.type === 'A5' && placedWith.sameCarer
        ? at(period.placements[period.placements.indexOf(placedWith) - 1]?.start)
        : null,
    placed_date: at(a.placedDay),
    order_date: ordered ? iso(a.orderDay) : null,
    reversal_date: reversal ? iso(a.reversalDay!) : null,
    reversal_reason: reversal ? a.reversalReason! : null,
    adopter_family_id: placedWith?.carer ?? null,
    adopters_count: matched ? (couple ? 2 : 1) : null,
    adopters_sex: matched ? adopters.sex : null,
    adopters_legal_status: matched ? adopters.legalStatus : null,
    adopted_by_foster_carer: ordered ? placedWith?.sameCarer === true : null,
  });
}
