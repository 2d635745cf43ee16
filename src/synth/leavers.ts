/**
 * Care leavers (Children (Leaving Care) Act 2000): a young person looked after for 13 weeks since 14
 * who was in care at 16 or later is entitled to a personal adviser and a pathway plan to 21. The 903
 * OC3 contact around each birthday from the 17th to the 21st records activity and accommodation.
 */
import { childScopedId, emit, iso, touch, type Kid } from './model.ts';
import type { SimContext } from './context.ts';
import { addMonthsDay, birthday, until } from './dates.ts';

const NOT_LEAVERS = new Set(['E11', 'E12', 'E41', 'E45', 'E46', 'E47', 'E48', 'E2', 'E15', 'E14', 'E3']);
const EET: [string, number][] = [
  ['F2', 30],
  ['P2', 6],
  ['F1', 9],
  ['P1', 1],
  ['F4', 8],
  ['P4', 1],
  ['F5', 30],
  ['P5', 15],
];
const NEET: [string, number][] = [
  ['G5', 60],
  ['G4', 25],
  ['G6', 15],
];
const SUITABLE: [string, number][] = [
  ['U1', 30],
  ['D1', 20],
  ['B1', 15],
  ['E1', 8],
  ['Z1', 12],
  ['T1', 5],
  ['C1', 5],
  ['K1', 3],
  ['Y1', 2],
];
const UNSUITABLE: [string, number][] = [
  ['S2', 25],
  ['V2', 20],
  ['W2', 10],
  ['X2', 15],
  ['B2', 15],
  ['U2', 15],
];

export function leaveCare(ctx: SimContext, kid: Kid, start: number, end: number, rec: string): void {
  const { random, params } = ctx;
  if (NOT_LEAVERS.has(rec)) return;
  const b14 = birthday(kid.birth, 14);
  const b16 = birthday(kid.birth, 16);
  const b18 = birthday(kid.birth, 18);
  const b21 = birthday(kid.birth, 21);
  if (end < b16 || end - Math.max(start, b14) < 91) return;
  const eligibleFrom = Math.max(start, b16);
  if (eligibleFrom > ctx.end) return;
  const extended = random.chance(0.08); // services continue to 25 on request
  const servicesEnd = extended ? birthday(kid.birth, 25) : b21;
  let review = addMonthsDay(eligibleFrom, 1);
  let lastReview: number | null = null;
  while (review <= ctx.end && review <= servicesEnd) {
    lastReview = review;
    review = addMonthsDay(review, 6) - random.int(0, 20);
  }
  kid.careLeaver = {
    eligibility: ctx.end >= b18 ? 'former_relevant' : end < b18 && end <= ctx.end ? 'relevant' : 'eligible',
    eligibleFrom,
    pathwayReview: lastReview,
    servicesEnd,
  };
  kid.needs.push({
    child: kid,
    team: 'leaving_care',
    kind: 'personal_adviser',
    start: eligibleFrom,
    end: servicesEnd,
    visits: 'care_leaver',
  });
  touch(kid, servicesEnd);
  for (let age = 17; age <= 21; age++) {
    const bd = birthday(kid.birth, age);
    if (bd < end) continue;
    const contact = Math.max(end + 1, bd + random.int(-60, 30));
    if (contact > ctx.end) break;
    // Those not in touch count as neither in EET nor suitably housed, so enough must be in touch.
    const inTouchShare = Math.min(0.99, Math.max(0.88, params.leaversEet + 0.02, params.leaversAccommodation + 0.02));
    const notInTouch = (1 - inTouchShare) / 12;
    const inTouch =
      kid.diedOn !== undefined && kid.diedOn <= contact
        ? 'DIED'
        : random.weighted([
            ['YES', inTouchShare],
            ['NO', 6 * notInTouch],
            ['REFU', 3 * notInTouch],
            ['NREQ', 2 * notInTouch],
            ['RHOM', notInTouch],
          ]);
    const yes = inTouch === 'YES';
    emit(kid, 'care_leaver_contact', {
      id: childScopedId(kid, 'T'),
      child_id: kid.id,
      contact_date: iso(contact),
      birthday_age: age,
      in_touch: inTouch,
      activity: yes
        ? ctx.shares.eet.hit(params.leaversEet / inTouchShare)
          ? random.weighted(EET)
          : random.weighted(NEET)
        : '0',
      accommodation: yes
        ? leaverAccommodation(ctx, age, ctx.shares.accommodation.hit(params.leaversAccommodation / inTouchShare))
        : '0',
    });
  }
}

/** Accommodation at the contact; a foyer (T1, T2) takes only those 18 or over (rule 347: not under 18 on 1 April). */
function leaverAccommodation(ctx: SimContext, age: number, suitable: boolean): string {
  const code = ctx.random.weighted(suitable ? SUITABLE : UNSUITABLE);
  // Staying put with former foster carers (Z1) starts at 18 (rule 3001: not around the 17th birthday).
  const tooYoung = (age <= 18 && code.startsWith('T')) || (age <= 17 && code === 'Z1');
  if (!tooYoung) return code;
  return suitable ? 'U1' : 'U2';
}

/** The care_leaver row, written when the child is kept. */
export function careLeaverRow(
  ctx: SimContext,
  kid: Kid,
  personalAdviser: string | null,
): Record<string, string | null> | undefined {
  const leaver = kid.careLeaver;
  if (!leaver) return undefined;
  return {
    child_id: kid.id,
    eligibility: leaver.eligibility,
    eligible_from: iso(leaver.eligibleFrom),
    personal_adviser_id: personalAdviser,
    pathway_plan_review_date: leaver.pathwayReview !== null ? iso(leaver.pathwayReview) : null,
    services_ended: until(leaver.servicesEnd, ctx.end),
  };
}
