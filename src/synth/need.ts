/**
 * One referral and the episode of need it opens (CIN census CINdetails): contact, referral decision,
 * single assessment, child protection (protection.ts: section 47 enquiry, conference, CP plan), child
 * in need plan and its reviews, care (care.ts), and how the episode closes. The whole
 * episode is drawn at the referral date; rows are clipped at the reference date.
 */
import { childScopedId, emit, iso, touch, type Kid } from './model.ts';
import type { SimContext } from './context.ts';
import { addWd, birthday, until } from './dates.ts';
import { runS47 } from './protection.ts';
import { runCare, type CareRoute } from './care.ts';
import { runShortBreaks } from './short-breaks.ts';

export type Route = 'nfa' | 'assessed' | 'cin' | 's47' | 'cp' | 'care' | 'short_breaks' | 'uasc';

const SOURCES: [string, number][] = [
  ['6', 29],
  ['2A', 19],
  ['2B', 1],
  ['3A', 3],
  ['3B', 3],
  ['3C', 1],
  ['3D', 2],
  ['3E', 3],
  ['3F', 3],
  ['5A', 4],
  ['5B', 3],
  ['5C', 3],
  ['1A', 4],
  ['1B', 1],
  ['1C', 2],
  ['1D', 1],
  ['4', 2],
  ['7', 3],
  ['8', 6],
  ['9', 2],
  ['10', 1],
];
const NEEDS: [string, number][] = [
  ['N1', 56],
  ['N2', 4],
  ['N3', 4],
  ['N4', 10],
  ['N5', 16],
  ['N6', 3],
  ['N7', 0.5],
  ['N8', 6.5],
];
const FACTORS: [string, number][] = [
  ['3B', 16],
  ['4B', 17],
  ['3A', 6],
  ['21', 9],
  ['22A', 10],
  ['1B', 7],
  ['2B', 7],
  ['4A', 9],
  ['3C', 3],
  ['18B', 3],
  ['19B', 2],
  ['5A', 6],
  ['6A', 2],
  ['10A', 2],
  ['11A', 1],
  ['14A', 1],
  ['16A', 3],
  ['24A', 2],
  ['7A', 1],
  ['2C', 2],
];
/** Collection year 2024 (from 1 April 2023) added early help codes 5D and RC9. */
const EARLY_HELP_CODES_FROM = 19448; // 2023-04-01

/** Opens a referral for the child on `day` and draws the whole episode; returns the closure day. */
/** The contact and referral decision that open an episode of need. */
interface Referral {
  id: string;
  contactId: string;
  source: string;
  day: number;
  decisionDay: number;
  /** The day before the 18th birthday: the case is closed by then. */
  lastDay18: number;
}

/** How and when the episode closes (CIN ReasonForClosure). */
interface Closure {
  closure: number;
  reason: string;
}

/** What the single assessment led to. */
interface Assessment {
  authorised: number;
  services: boolean;
  s47Start?: number;
}

/** What the enquiry, plan and care decisions after the assessment led to. */
interface Protection {
  /** When the assessment phase's outcome takes effect. */
  after: number;
  s47Completed?: number;
  cpEnd?: number;
  toCare?: number;
  careRoute: CareRoute;
}

export function runReferral(ctx: SimContext, kid: Kid, day: number, route: Route, source?: string): number {
  const { random } = ctx;
  const referral = openReferral(ctx, kid, day, source);
  let need = route === 'short_breaks' ? 'N2' : route === 'uasc' ? 'N8' : random.weighted(NEEDS);
  const nfa = route === 'nfa';
  let closed: Closure;
  if (nfa) {
    closed = { closure: referral.decisionDay, reason: 'RC8' };
    if (random.chance(0.4)) need = random.pick(['N9', 'N0']);
  } else {
    closed = assessAndServe(ctx, kid, referral, route, need);
  }
  let { closure } = closed;
  const { reason } = closed;
  if (closure > referral.lastDay18 + 1 && reason !== 'RC1' && reason !== 'RC4' && reason !== 'RC3')
    closure = Math.max(day, referral.lastDay18);
  closure = Math.max(closure, day);
  emit(kid, 'referral', {
    id: referral.id,
    child_id: kid.id,
    contact_id: referral.contactId,
    referral_date: iso(day),
    source: referral.source,
    decision_date: until(referral.decisionDay, ctx.end),
    primary_need: need,
    nfa,
    closure_date: until(closure, ctx.end),
    closure_reason: closure <= ctx.end ? reason : null,
  });
  kid.currentReferral = referral.id;
  kid.busyUntil = closure;
  touch(kid, closure);
  return closure;
}

/** The contact (the same day or a few days before) and the referral decision; counts the referral. */
function openReferral(ctx: SimContext, kid: Kid, day: number, source: string | undefined): Referral {
  const { random } = ctx;
  const id = childScopedId(kid, 'R');
  const contactId = childScopedId(kid, 'K');
  const contactDay = random.chance(0.7) ? day : day - random.int(1, 3);
  const src = source ?? pickSource(ctx, day);
  emit(kid, 'contact', {
    id: contactId,
    child_id: kid.id,
    contact_date: iso(contactDay),
    source: src,
    outcome: 'referral',
    outcome_date: iso(day),
  });
  const decisionDay = random.chance(0.7) ? day : addWd(day, random.chance(0.75) ? 1 : random.int(2, 4));
  const lastDay18 = birthday(kid.birth, 18) - 1;
  ctx.counts.referrals += 1;
  if (day - kid.lastReferral <= 365) ctx.counts.reReferrals += 1;
  kid.lastReferral = day;
  return { id, contactId, source: src, day, decisionDay, lastDay18 };
}

/** An assessed referral: the assessment, any enquiry, plan or care, the services after, and the close. */
function assessAndServe(ctx: SimContext, kid: Kid, referral: Referral, route: Route, need: string): Closure {
  const assessment = assess(ctx, kid, referral, route);
  const protection = protectOrLookAfter(ctx, kid, referral, route, assessment);
  const { authorised } = assessment;
  const { after, toCare, cpEnd } = protection;
  const closed = servicesAfter(ctx, kid, referral, route, need, assessment, protection);
  // Nothing happens after the case closes (rules 8565, 8868): the assessment and enquiry finish first.
  const closure = Math.max(closed.closure, authorised, protection.s47Completed ?? closed.closure);
  if (after > authorised || closure > authorised) {
    // After assessment the case moves to a fieldwork team until it closes (care spans have their own team).
    const fieldEnd = Math.min(closure, toCare !== undefined ? toCare - 1 : closure);
    if (fieldEnd > authorised) {
      kid.needs.push({
        child: kid,
        team: route === 'short_breaks' ? 'disabled_children' : 'fieldwork',
        kind: 'social_worker',
        start: authorised + 1,
        end: fieldEnd,
        endReason: 'TSPROC',
        visits: cpEnd !== undefined ? 'cp' : 'cin',
      });
    }
  }
  return { closure, reason: closed.reason };
}

/** The single assessment (working days to authorisation) and whether a section 47 enquiry starts during it. */
function assess(ctx: SimContext, kid: Kid, referral: Referral, route: Route): Assessment {
  const { random } = ctx;
  const { day, decisionDay, lastDay18 } = referral;
  const assessStart = Math.max(day, decisionDay + (random.chance(0.6) ? 0 : random.int(1, 3)));
  const wd = random.chance(0.07) ? random.int(46, 75) : Math.round(Math.min(44, Math.max(3, random.normal(24, 9))));
  // The case closes by the 18th birthday (below), and nothing is recorded after it closes (CIN rule 8565).
  let authorised = Math.min(addWd(assessStart, wd), Math.max(assessStart, lastDay18));
  const services = route === 'assessed' ? false : route === 's47' ? random.chance(0.35) : true;
  let s47Start: number | undefined;
  if (route === 's47' || route === 'cp' || (route === 'care' && random.chance(0.5))) {
    s47Start = Math.max(day, Math.min(authorised - 1, day + random.int(0, 6)));
    authorised = Math.max(authorised, s47Start + 1);
  }
  emitAssessment(ctx, kid, referral.id, assessStart, authorised, services);
  kid.needs.push({
    child: kid,
    team: route === 'short_breaks' ? 'disabled_children' : 'assessment',
    kind: 'social_worker',
    start: decisionDay,
    end: authorised,
    endReason: 'TSPROC',
  });
  return s47Start === undefined ? { authorised, services } : { authorised, services, s47Start };
}

/** The enquiry and any plan, and when and how the child comes into care (removal at birth, UASC on arrival). */
function protectOrLookAfter(
  ctx: SimContext,
  kid: Kid,
  referral: Referral,
  route: Route,
  assessment: Assessment,
): Protection {
  const { random } = ctx;
  const { day } = referral;
  const { authorised, s47Start } = assessment;
  const protection: Protection = { after: authorised, careRoute: 'accommodated' };
  if (s47Start !== undefined) {
    const result = runS47(ctx, kid, referral.id, s47Start, route === 'cp');
    if (result.completed !== undefined) protection.s47Completed = result.completed;
    if (result.planEnd !== undefined) {
      protection.cpEnd = result.planEnd;
      protection.after = Math.max(protection.after, result.planStart!);
      if (result.toCare) {
        protection.toCare = result.planEnd;
        protection.careRoute = 'court';
      }
    }
  }
  if (route === 'care' && protection.toCare === undefined) {
    let toCare = Math.max(day, Math.min(authorised, day + (random.chance(0.5) ? random.int(0, 2) : random.int(3, 40))));
    protection.careRoute =
      s47Start !== undefined
        ? random.chance(0.6)
          ? 'emergency'
          : 'court'
        : random.chance(0.75)
          ? 'accommodated'
          : 'court';
    if (kid.birth > toCare) toCare = kid.birth; // removal at birth
    protection.toCare = toCare;
  }
  if (route === 'uasc') {
    protection.toCare = day;
    protection.careRoute = 'uasc';
  }
  return protection;
}

/** Care, short breaks, a child in need plan after a plan or assessment, or nothing: when and why the case closes. */
function servicesAfter(
  ctx: SimContext,
  kid: Kid,
  referral: Referral,
  route: Route,
  need: string,
  assessment: Assessment,
  protection: Protection,
): Closure {
  const { random, params } = ctx;
  const { lastDay18 } = referral;
  const { authorised, services, s47Start } = assessment;
  const { toCare, cpEnd } = protection;
  const id = referral.id;
  let closure = Math.max(protection.after, authorised);
  let reason = 'RC7';
  if (toCare !== undefined && toCare < lastDay18) {
    const care = runCare(
      ctx,
      kid,
      Math.max(toCare, kid.birth),
      protection.careRoute,
      need === 'N9' || need === 'N0' ? 'N1' : need,
    );
    closure = care.end;
    reason = care.closureReason;
    if (care.cinPlanAfter)
      closure = cinPlan(
        ctx,
        kid,
        id,
        care.end,
        Math.min(lastDay18, care.end + Math.round(random.exponential(120)) + 30),
      );
  } else if (route === 'short_breaks') {
    const planEnd = Math.min(lastDay18, authorised + Math.round(random.exponential(params.cinPlanMeanDays * 1.5)) + 60);
    const planStart = Math.min(planEnd, authorised + random.int(1, 10));
    cinPlan(ctx, kid, id, planStart, planEnd);
    runShortBreaks(ctx, kid, planStart, planEnd);
    closure = planEnd;
    reason = planEnd >= lastDay18 ? 'RC6' : 'RC7';
  } else if (cpEnd !== undefined) {
    const outcome = random.next();
    if (outcome < 0.65) {
      const end = Math.min(lastDay18, cpEnd + Math.round(random.exponential(140)) + 20);
      closure = cinPlan(ctx, kid, id, cpEnd, end);
    } else {
      closure = cpEnd;
      reason = outcome < 0.95 ? 'RC7' : 'RC5';
    }
  } else if (services && (route === 'cin' || route === 's47')) {
    const start = authorised + random.int(1, 10);
    const length = Math.round(
      random.exponential(params.cinPlanMeanDays / 2) + random.exponential(params.cinPlanMeanDays / 2),
    );
    const end = Math.min(lastDay18, start + Math.max(14, length));
    closure = start <= end ? cinPlan(ctx, kid, id, start, end) : authorised;
    if (closure >= lastDay18 && random.chance(0.5)) reason = 'RC6';
  } else {
    closure = authorised;
    reason = closure >= EARLY_HELP_CODES_FROM && random.chance(0.25) ? 'RC9' : 'RC8';
    // RC8 and RC9 mean closed after assessment with nothing more: not after a section 47 enquiry (rule 2990).
    if (s47Start !== undefined) reason = 'RC7';
  }
  return { closure, reason };
}

function pickSource(ctx: SimContext, day: number): string {
  if (day >= EARLY_HELP_CODES_FROM && ctx.random.chance(0.04)) return '5D';
  return ctx.random.weighted(SOURCES);
}

function emitAssessment(
  ctx: SimContext,
  kid: Kid,
  referralId: string,
  start: number,
  authorised: number,
  services: boolean,
): void {
  const { random } = ctx;
  if (start > ctx.end) return;
  const done = authorised <= ctx.end;
  const seen = Math.min(authorised, start + random.int(0, 6));
  let factors = done ? [...new Set(Array.from({ length: random.int(1, 4) }, () => random.weighted(FACTORS)))] : [];
  if (kid.uasc && done) factors.push('9A');
  // Factor 21 ("no factors identified") stands alone (CIN rule 8869).
  if (factors.length > 1) factors = factors.filter((factor) => factor !== '21');
  emit(kid, 'assessment', {
    id: childScopedId(kid, 'A'),
    child_id: kid.id,
    referral_id: referralId,
    start_date: iso(start),
    child_seen_date: seen >= kid.birth ? until(seen, ctx.end) : null,
    authorised_date: until(authorised, ctx.end),
    factors: factors.sort(), // a set, in code order as an import stores it
    needs_services: done ? services : null,
  });
}

/** A child in need plan from `start` to `end` with reviews about every six weeks; returns `end`. */
export function cinPlan(ctx: SimContext, kid: Kid, referralId: string, start: number, end: number): number {
  const { random } = ctx;
  if (end < start) end = start;
  if (start > ctx.end) return end;
  const planId = childScopedId(kid, 'N');
  emit(kid, 'cin_plan', {
    id: planId,
    child_id: kid.id,
    referral_id: referralId,
    start_date: iso(start),
    end_date: until(end, ctx.end),
  });
  for (
    let review = start + random.int(35, 44);
    review < end && review <= ctx.end;
    review += random.int(35, 46) + (random.chance(0.05) ? random.int(5, 30) : 0)
  ) {
    emit(kid, 'cin_plan_review', {
      id: childScopedId(kid, 'W'),
      child_id: kid.id,
      cin_plan_id: planId,
      review_date: iso(review),
    });
  }
  return end;
}
