/**
 * The day-by-day simulation: referrals arrive at the council's published rate (more in term time),
 * each for a new child, a child referred again within 12 months, a child known before, or a sibling
 * group, and each draws its whole episode. UASC arrivals, contacts that go no further, early help and
 * youth justice entrants arrive alongside. Children become free for a new referral when their episode
 * closes.
 */
import { childScopedId, emit, iso, touch, type Kid } from './model.ts';
import type { SimContext } from './context.ts';
import { ageOn, birthday, until } from './dates.ts';
import { newKid, newSibling } from './people.ts';
import { runReferral, type Route } from './need.ts';
import { partsFromDayNumber } from '../calendar/dates.ts';

const YEAR = 365.25;

/** Referrals dip in August and at Christmas (school holidays) and peak in term time; the mean is 1. */
function season(day: number): number {
  const { month, day: d } = partsFromDayNumber(day);
  let factor = 1.02;
  if (month === 8) factor = 0.75;
  else if (month === 12 && d > 20) factor = 0.7;
  else if (month === 9 || month === 10 || month === 11 || month === 3) factor = 1.08;
  return factor / 1.0926;
}

function ageBand(ctx: SimContext, bands: [number, number, number][]): number {
  const [from, to] = ctx.random.weighted(bands.map(([a, b, w]) => [[a, b] as [number, number], w] as const));
  return from + ctx.random.next() * (to - from);
}

const CARE_AGES: [number, number, number][] = [
  [0, 1, 20],
  [1, 5, 14],
  [5, 10, 17],
  [10, 16, 37],
  [16, 17.6, 12],
];
const CP_AGES: [number, number, number][] = [
  [0, 1, 12],
  [1, 5, 24],
  [5, 10, 30],
  [10, 16, 30],
  [16, 17.5, 4],
];
const OTHER_AGES: [number, number, number][] = [
  [0, 1, 7],
  [1, 5, 16],
  [5, 10, 24],
  [10, 16, 38],
  [16, 17.8, 15],
];

/**
 * The route of the next referral event. Weights are per child referred, so each route's weight is
 * divided by the children its events have brought so far (siblings come along on some routes); plans
 * for unborn children come from their own route.
 */
function chooseRoute(ctx: SimContext): Route {
  const p = ctx.params;
  const cp = Math.max(0.005, p.s47Share * p.cpGivenS47 - p.unbornShare * 0.4);
  const care = p.directCareShare;
  const s47Only = Math.max(0, p.s47Share - cp - care * 0.5);
  const rest = Math.max(0.05, 1 - p.nfaShare - cp - care - s47Only - p.shortBreakShare - p.unbornShare);
  const { events, kids, plans, expectedPlans, careStarts, expectedCareStarts } = ctx.counts;
  // Steer plan and care starts to the published rates (routes lose some to age limits and fall-backs).
  const steer = (expected: number, actual: number) => Math.min(2, Math.max(0.5, (expected + 5) / (actual + 5)));
  const size = (route: Route) => ((kids[route] ?? 0) + 13.5) / ((events[route] ?? 0) + 10);
  const choices: [Route, number][] = [
    ['nfa', p.nfaShare],
    ['cp', cp * steer(expectedPlans, plans)],
    ['care', care * steer(expectedCareStarts, careStarts)],
    ['s47', s47Only],
    ['short_breaks', p.shortBreakShare],
    ['cin', rest * 0.45],
    ['assessed', rest * 0.55],
  ];
  return ctx.routes.pick(choices.map(([route, weight]) => [route, weight / size(route)] as const)) as Route;
}

/** Whether the next event should be a re-referral: steers the running share towards the target. */
function wantReReferral(ctx: SimContext): boolean {
  const { referrals, reReferrals } = ctx.counts;
  return (reReferrals + 0.5) / (referrals + 1) < ctx.params.reReferralShare;
}

/** A free child from a pool, or undefined; stale entries are dropped as they are met. */
function drawFrom(pool: Kid[], day: number, ok: (kid: Kid) => boolean, ctx: SimContext): Kid | undefined {
  for (let tries = 0; tries < 12 && pool.length > 0; tries++) {
    const index = ctx.random.int(0, pool.length - 1);
    const kid = pool[index]!;
    const free = kid.busyUntil < day && kid.diedOn === undefined && kid.birth < day && ageOn(kid.birth, day) < 17.5;
    if (!free) {
      pool[index] = pool[pool.length - 1]!;
      pool.pop();
      continue;
    }
    if (ok(kid)) return kid;
  }
  return undefined;
}

function freshKid(ctx: SimContext, day: number, bands: [number, number, number][]): Kid {
  const age = ageBand(ctx, bands);
  const kid = newKid(ctx, { birth: day - Math.round(age * YEAR) });
  ctx.kids.push(kid);
  return kid;
}

function freeSiblings(kid: Kid, day: number): Kid[] {
  return kid.siblings
    .filter((s) => s.busyUntil < day && s.diedOn === undefined && s.birth < day && ageOn(s.birth, day) < 17.5)
    .slice(0, 2);
}

/** Picks the children for one referral event on the route. */
function pickChildren(ctx: SimContext, day: number, route: Route): Kid[] {
  const { random, params, pools } = ctx;
  const recentOk = (kid: Kid) => day - kid.lastReferral <= 365 && kid.cpPlans === 0;
  if (route === 'cp') {
    // Steer the share of plans that are second or subsequent plans (unborn children's never are).
    if ((ctx.counts.repeatPlans + 0.5) / (ctx.counts.plans + 1) < params.repeatCpShare) {
      const kid = drawFrom(pools.priorCp, day, (k) => k.cpPlans > 0, ctx);
      if (kid) return [kid, ...freeSiblings(kid, day)];
      const moved = freshKid(ctx, day, CP_AGES);
      moved.cpPlansElsewhere = random.int(1, 2); // plans in the council the family moved from
      return [moved];
    }
    if (wantReReferral(ctx)) {
      const kid = drawFrom(pools.recent, day, recentOk, ctx);
      if (kid) return [kid, ...freeSiblings(kid, day).filter((s) => s.cpPlans === 0 && day - s.lastReferral <= 365)];
    }
    return withSiblings(ctx, freshKid(ctx, day, CP_AGES), day);
  }
  if (route === 'care' && ctx.shares.careReentry.hit(0.14)) {
    const kid = drawFrom(pools.priorCare, day, (k) => k.carePeriods > 0, ctx);
    if (kid) return [kid];
  }
  if (wantReReferral(ctx)) {
    const kid = drawFrom(pools.recent, day, (k) => day - k.lastReferral <= 365, ctx);
    // Siblings referred with the child last time usually come back with them.
    if (kid)
      return route === 'nfa' || route === 'short_breaks'
        ? [kid]
        : [kid, ...freeSiblings(kid, day).filter((s) => day - s.lastReferral <= 365)];
  } else if (random.chance(0.2)) {
    const kid = drawFrom(pools.older, day, (k) => day - k.lastReferral > 365, ctx);
    if (kid) return [kid];
  }
  const kid = freshKid(ctx, day, route === 'care' ? CARE_AGES : route === 'short_breaks' ? [[2, 16, 1]] : OTHER_AGES);
  if (route === 'short_breaks' && kid.disabilities[0] === 'NONE')
    kid.disabilities = [ctx.random.pick(['AUT', 'LD', 'PC', 'COMM', 'MOB'])];
  return route === 'nfa' || route === 'short_breaks' ? [kid] : withSiblings(ctx, kid, day);
}

/** A third of families referred have two or three children referred together. */
function withSiblings(ctx: SimContext, kid: Kid, day: number): Kid[] {
  const { random } = ctx;
  if (!random.chance(0.3)) return [kid];
  const group = [kid];
  const count = random.chance(0.7) ? 1 : 2;
  for (let i = 0; i < count; i++) {
    const birth = kid.birth + (random.chance(0.5) ? 1 : -1) * random.int(330, 2200);
    if (birth >= day - 30 || ageOn(birth, day) >= 17.3) continue;
    const sibling = newSibling(ctx, kid, birth);
    ctx.kids.push(sibling);
    group.push(sibling);
  }
  return group;
}

/**
 * Frees the records of children who can no longer reach the requested years: past 17.5 (no new referral,
 * contact or offence is drawn for them), free, and with nothing dated on or after the window's start.
 * Most of the burn-in's rows go here, which keeps memory down.
 */
function forgetFinished(ctx: SimContext, day: number): void {
  const limit = day - Math.round(17.5 * YEAR);
  ctx.kids = ctx.kids.filter((kid) => {
    if (kid.birth > limit || kid.busyUntil >= day || kid.lastActivity >= ctx.windowStart) return true;
    kid.rows = [];
    kid.needs = [];
    return false;
  });
}

/** Drops children whose last referral is over 12 months old (or who are busy) from the re-referral pool. */
function pruneRecent(ctx: SimContext, day: number): void {
  // The steering counts forget slowly (a memory of about two years), so each year comes out on target.
  const c = ctx.counts;
  c.referrals *= 0.96;
  c.reReferrals *= 0.96;
  c.plans *= 0.96;
  c.repeatPlans *= 0.96;
  c.longPlans *= 0.96;
  c.careStarts *= 0.96;
  c.expectedPlans *= 0.96;
  c.expectedCareStarts *= 0.96;
  ctx.pools.recent = ctx.pools.recent.filter((kid) => day - kid.lastReferral <= 365 && kid.busyUntil < day);
  if (ctx.pools.older.length > (4 * ctx.kids.length) / 10 + 1000)
    ctx.pools.older = ctx.pools.older.filter((kid) => kid.busyUntil < day && ageOn(kid.birth, day) < 17.5);
}

function release(ctx: SimContext, kid: Kid): void {
  const { pools } = ctx;
  pools.recent.push(kid);
  pools.older.push(kid);
  if (kid.cpPlans > 0) pools.priorCp.push(kid);
  if (kid.carePeriods > 0) pools.priorCare.push(kid);
}

export function simulate(ctx: SimContext): void {
  const { random, params } = ctx;
  const releases = new Map<number, Kid[]>();
  const schedule = (kid: Kid, closure: number) => {
    const day = closure + 1;
    if (day > ctx.end) return;
    const list = releases.get(day);
    if (list) list.push(kid);
    else releases.set(day, [kid]);
  };
  let expected = random.next();
  for (let day = ctx.start; day <= ctx.end; day++) {
    if (day % 30 === 0) pruneRecent(ctx, day);
    if (day % 90 === 0 && day < ctx.windowStart) forgetFinished(ctx, day);
    const free = releases.get(day);
    if (free) {
      releases.delete(day);
      for (const kid of free) if (kid.busyUntil < day) release(ctx, kid);
    }
    // Referrals per day come out at the expected number over any few weeks (error diffusion, not Poisson).
    expected += params.referralsPerDay * season(day);
    ctx.counts.expectedPlans += params.cpStartsPerDay;
    ctx.counts.expectedCareStarts += params.careStartsPerDay;
    let referrals = Math.floor(expected);
    expected -= referrals;
    while (referrals > 0) {
      if (ctx.shares.unborn.hit(params.unbornShare)) {
        const expected = day + random.int(40, 160);
        const kid = newKid(ctx, { birth: expected, unborn: true });
        ctx.kids.push(kid);
        const route = ctx.unbornRoutes.pick([
          ['cp', 40],
          ['s47', 10],
          ['cin', 25],
          ['assessed', 25],
        ]) as Route;
        schedule(kid, runReferral(ctx, kid, day, route, random.pick(['3B', '3F', '5A', '3D'])));
        referrals -= 1;
        continue;
      }
      const route = chooseRoute(ctx);
      const group = pickChildren(ctx, day, route);
      ctx.counts.events[route] = (ctx.counts.events[route] ?? 0) + 1;
      ctx.counts.kids[route] = (ctx.counts.kids[route] ?? 0) + group.length;
      for (const kid of group) {
        schedule(kid, runReferral(ctx, kid, day, route));
        referrals -= 1;
      }
    }
    for (let n = random.poisson(params.uascPerDay); n > 0; n--) {
      const kid = newKid(ctx, { birth: day - Math.round((14 + random.next() * 3.4) * YEAR), uasc: true });
      kid.sex = random.chance(0.92) ? 'M' : 'F';
      ctx.kids.push(kid);
      schedule(kid, runReferral(ctx, kid, day, 'uasc', random.pick(['7', '8', '5C'])));
    }
    if (day >= ctx.windowStart - 400) {
      for (let n = random.poisson(params.referralsPerDay * params.otherContactsPerReferral); n > 0; n--)
        otherContact(ctx, day);
      for (let n = random.poisson(params.earlyHelpPerDay); n > 0; n--) earlyHelp(ctx, day, schedule);
      for (let n = random.poisson(params.yjEntrantsPerDay); n > 0; n--) youthJustice(ctx, day);
    }
  }
}

/** A contact that does not become a referral: advice, no further action, early help, or about an open case. */
function otherContact(ctx: SimContext, day: number): void {
  const { random } = ctx;
  const known = random.chance(0.35) ? drawFrom(ctx.pools.older, day, () => true, ctx) : undefined;
  const kid = known ?? freshKid(ctx, day, OTHER_AGES);
  const outcome =
    kid.busyUntil >= day
      ? 'open_case'
      : random.weighted([
          ['advice', 45],
          ['nfa', 35],
          ['early_help', 20],
        ]);
  emit(kid, 'contact', {
    id: childScopedId(kid, 'K'),
    child_id: kid.id,
    contact_date: iso(day),
    source: random.pick(['6', '2A', '3A', '8', '1A', '5B']),
    outcome,
    outcome_date: iso(day + random.int(0, 2)),
  });
  touch(kid, day + 2);
}

/** Early help for a child outside statutory care; some step up to a referral when it ends. */
function earlyHelp(ctx: SimContext, day: number, schedule: (kid: Kid, closure: number) => void): void {
  const { random } = ctx;
  const kid = freshKid(ctx, day, OTHER_AGES);
  const assessment = day + random.int(3, 20);
  const completed = assessment + random.int(10, 60);
  const end = completed + Math.round(random.exponential(150)) + 20;
  const reason = random.weighted([
    ['needs_met', 60],
    ['step_up', 12],
    ['disengaged', 15],
    ['moved', 5],
    ['other', 8],
  ]);
  let stepUpId: string | null = null;
  if (reason === 'step_up' && end <= ctx.end && ageOn(kid.birth, end) < 17.5) {
    schedule(kid, runReferral(ctx, kid, end, 'cin', end >= 19448 ? '5D' : '5B'));
    const referral = kid.rows.filter(([table]) => table === 'referral').pop();
    stepUpId = (referral?.[1].id as string) ?? null;
  }
  emit(kid, 'early_help_episode', {
    id: childScopedId(kid, 'X'),
    child_id: kid.id,
    family_id: kid.familyId,
    referral_date: iso(day),
    assessment_start: until(assessment, ctx.end),
    assessment_completed: assessment <= ctx.end ? until(completed, ctx.end) : null,
    organisation: random.pick(['Family Hub', 'School', 'Health Visiting', "Children's Centre", 'Voluntary sector']),
    end_date: until(end, ctx.end),
    end_reason: end <= ctx.end ? reason : null,
    stepped_down_from_referral_id: null,
    stepped_up_to_referral_id: stepUpId,
  });
  touch(kid, end);
}

/** A young person's first proven offence; some offend again; orders bring a youth justice intervention. */
function youthJustice(ctx: SimContext, day: number): void {
  const { random } = ctx;
  const known = random.chance(0.3) ? drawFrom(ctx.pools.older, day, (k) => ageOn(k.birth, day) >= 10, ctx) : undefined;
  const kid =
    known ??
    freshKid(ctx, day, [
      [10, 14, 35],
      [14, 17.9, 65],
    ]);
  if (!known) kid.sex = random.chance(0.82) ? 'M' : 'F';
  let offence = day;
  const b18 = birthday(kid.birth, 18);
  for (let n = 0; n < 4 && offence < b18 && offence <= ctx.end; n++) {
    const outcome =
      n === 0
        ? random.weighted([
            ['youth_caution', 35],
            ['youth_conditional_caution', 20],
            ['referral_order', 35],
            ['youth_rehabilitation_order', 8],
            ['discharge', 2],
          ])
        : random.weighted([
            ['referral_order', 30],
            ['youth_rehabilitation_order', 40],
            ['detention_training_order', 12],
            ['other_custody', 3],
            ['youth_conditional_caution', 15],
          ]);
    const outcomeDay = offence + random.int(7, 120);
    if (outcomeDay > ctx.end) break;
    emit(kid, 'yj_offence', {
      id: childScopedId(kid, 'J'),
      child_id: kid.id,
      offence_date: iso(offence),
      outcome,
      outcome_date: iso(outcomeDay),
    });
    if (outcome !== 'youth_caution' && outcome !== 'discharge') {
      const end = outcomeDay + random.int(90, 365);
      emit(kid, 'yj_intervention', {
        id: childScopedId(kid, 'U'),
        child_id: kid.id,
        start_date: iso(outcomeDay),
        end_date: until(end, ctx.end),
        ete_at_end:
          end <= ctx.end
            ? random.weighted([
                ['suitable', 70],
                ['unsuitable', 25],
                ['unknown', 5],
              ])
            : null,
        accommodation_at_end:
          end <= ctx.end
            ? random.weighted([
                ['suitable', 88],
                ['unsuitable', 8],
                ['unknown', 4],
              ])
            : null,
      });
      kid.needs.push({ child: kid, team: 'youth_justice', kind: 'yj_officer', start: outcomeDay, end });
      touch(kid, end);
    }
    touch(kid, outcomeDay);
    if (!random.chance(0.32)) break;
    offence = outcomeDay + random.int(30, 400);
  }
}
