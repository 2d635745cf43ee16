/**
 * Child protection after a referral (CIN census): the strategy discussion and section 47 enquiry, the
 * initial conference, and the child protection plan with its review conferences. need.ts decides who
 * goes this way; the plan's length is steered so the share of long plans matches the published figure.
 */
import { childScopedId, emit, iso, type Kid } from './model.ts';
import type { SimContext } from './context.ts';
import { addWd, birthday, march31, until, yearOf } from './dates.ts';
import { CP_LONG_MEAN_DAYS } from './params.ts';

/** Initial categories of abuse of CP plans, by weight. */
const CATEGORIES: [string, number][] = [
  ['NEG', 50],
  ['EMO', 37],
  ['PHY', 6],
  ['SAB', 4],
  ['MUL', 3],
];

export interface S47Result {
  /** The day the enquiry was completed (its conference, or the decision that none was needed). */
  completed?: number;
  planStart?: number;
  planEnd?: number;
  toCare?: boolean;
}

/** Strategy discussion, section 47 enquiry, and (for the CP route) conference and plan. */
export function runS47(ctx: SimContext, kid: Kid, referralId: string, start: number, toPlan: boolean): S47Result {
  const { random } = ctx;
  if (start > ctx.end) return {};
  const sdId = childScopedId(kid, 'D');
  emit(kid, 'strategy_discussion', {
    id: sdId,
    child_id: kid.id,
    referral_id: referralId,
    discussion_date: iso(start),
    s47_decided: true,
  });
  const target = addWd(start, 15);
  const icpcHeld = toPlan || random.chance(0.08);
  const icpcDay = addWd(start, random.chance(0.85) ? random.int(6, 15) : random.int(16, 30));
  // An enquiry that leads to a conference is completed by it (CIN census: DateOfInitialCPC; rules 2885, 8868).
  const s47End = icpcHeld ? icpcDay : addWd(start, random.int(3, 20));
  const s47Id = childScopedId(kid, 'S');
  emit(kid, 's47_enquiry', {
    id: s47Id,
    child_id: kid.id,
    referral_id: referralId,
    strategy_discussion_id: sdId,
    start_date: iso(start),
    end_date: until(s47End, ctx.end),
    icpc_target_date: iso(target),
    icpc_not_required: !icpcHeld && s47End <= ctx.end,
  });
  if (!icpcHeld || icpcDay > ctx.end) return { completed: s47End };
  const conferenceId = childScopedId(kid, 'I');
  emit(kid, 'initial_conference', {
    id: conferenceId,
    child_id: kid.id,
    s47_enquiry_id: s47Id,
    conference_date: iso(icpcDay),
    plan_made: toPlan,
  });
  if (!toPlan) return { completed: s47End };
  return { ...cpPlan(ctx, kid, referralId, conferenceId, icpcDay), completed: s47End };
}

function cpPlan(ctx: SimContext, kid: Kid, referralId: string, conferenceId: string, start: number): S47Result {
  const { random, params } = ctx;
  const f = params.cpLongShare;
  const bodyMean = Math.max(60, (params.cpMeanDays - f * CP_LONG_MEAN_DAYS) / (1 - f));
  const lastDay18 = birthday(kid.birth, 18) - 1;
  let end: number;
  let toCare = false;
  // Long plans (2 years and more) go to born children young enough; each is open at one 31 March after
  // its second anniversary, and the running share of long plans is steered to f.
  const eligible = kid.birth <= start && lastDay18 > start + 730 + 366 + 300;
  if (eligible && (ctx.counts.longPlans + 0.5) / (ctx.counts.plans + 1) < f) {
    ctx.counts.longPlans += 1;
    let march = march31(yearOf(start + 730));
    if (march < start + 730) march = march31(yearOf(start + 730) + 1);
    end = march + random.int(1, 300);
  } else {
    const length = Math.min(729, 30 + Math.round(random.exponential(bodyMean - 30) * 1.08));
    end = Math.min(start + length, lastDay18);
    toCare = end < lastDay18 - 60 && ctx.shares.cpToCare.hit(params.cpToCare);
    if (kid.birth > start && toCare && random.chance(0.5)) end = kid.birth; // removed at birth
    if (kid.birth > start && end < kid.birth) end = kid.birth + random.int(30, 200); // pre-birth plans continue after birth
    end = Math.min(end, lastDay18);
  }
  const category = random.weighted(CATEGORIES);
  const planId = childScopedId(kid, 'P');
  emit(kid, 'cp_plan', {
    id: planId,
    child_id: kid.id,
    referral_id: referralId,
    initial_conference_id: conferenceId,
    start_date: iso(start),
    end_date: until(end, ctx.end),
    initial_category: category,
    latest_category: random.chance(0.9) ? category : random.weighted(CATEGORIES),
    previous_plans: kid.cpPlans + kid.cpPlansElsewhere,
  });
  ctx.counts.plans += 1;
  if (kid.cpPlans + kid.cpPlansElsewhere > 0) ctx.counts.repeatPlans += 1;
  kid.cpPlans += 1;
  // Review conferences: the first within 3 months of the ICPC, then at most 6 months apart.
  let review = start + random.int(70, 90) + (random.chance(0.03) ? random.int(5, 20) : 0);
  while (review < end && review <= ctx.end) {
    emit(kid, 'cp_review', {
      id: childScopedId(kid, 'V'),
      child_id: kid.id,
      cp_plan_id: planId,
      review_date: iso(review),
    });
    review += random.int(150, 182) + (random.chance(0.02) ? random.int(5, 30) : 0);
  }
  return { planStart: start, planEnd: end, toCare };
}
