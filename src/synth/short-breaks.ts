/**
 * Short breaks for disabled children (903 legal status V3 and V4). National statistics exclude a child
 * looked after only under an agreed series of short breaks, so these periods are flagged
 * short_breaks_only. V4 records the agreement as one episode; V3 records each break as its own period.
 */
import { childScopedId, emit, iso, type Kid } from './model.ts';
import type { SimContext } from './context.ts';
import { until } from './dates.ts';
import { makePlacement } from './placements.ts';

export function runShortBreaks(ctx: SimContext, kid: Kid, from: number, to: number): void {
  const { random } = ctx;
  // A child's breaks are recorded one way throughout: V3 and V4 never in the same year (rule 426).
  kid.shortBreakStatus ??= random.chance(0.5) ? 'V4' : 'V3';
  if (kid.shortBreakStatus === 'V4') {
    // V4: one period per yearly agreement.
    for (let start = from; start < to && start <= ctx.end; ) {
      const end = Math.min(to, start + random.int(180, 365));
      shortBreakPeriod(ctx, kid, start, end, 'V4');
      start = end + random.int(1, 30);
    }
  } else {
    // V3: each break of a night or two is a period of care.
    for (let start = from + random.int(5, 40); start < to && start <= ctx.end; start += random.int(21, 45)) {
      shortBreakPeriod(ctx, kid, start, Math.min(to, start + random.int(1, 3)), 'V3');
    }
  }
}

function shortBreakPeriod(ctx: SimContext, kid: Kid, start: number, end: number, status: 'V3' | 'V4'): void {
  if (end <= start) return;
  // A child starting to be looked after, even for a short break, has previous permanence returned (rule 630).
  kid.previousPermanence ??= { option: 'Z1', day: null, la: ctx.recognisedLaCode };
  const periodId = childScopedId(kid, 'L');
  const placement = makePlacement(ctx, ctx.random.chance(0.6) ? 'residential' : 'foster', start);
  const placementId = childScopedId(kid, 'Q');
  const ended = end <= ctx.end;
  emit(kid, 'care_period', {
    id: periodId,
    child_id: kid.id,
    start_date: iso(start),
    end_date: until(end, ctx.end),
    short_breaks_only: true,
  });
  emit(kid, 'placement', {
    id: placementId,
    child_id: kid.id,
    care_period_id: periodId,
    start_date: iso(start),
    end_date: until(end, ctx.end),
    placement_type: placement.type,
    provider: placement.provider,
    postcode: placement.postcode,
    urn: placement.urn,
    home_id: placement.homeId,
    carer_id: placement.carer,
    in_area: placement.inArea,
    weekly_cost: placement.weeklyCost,
  });
  emit(kid, 'cla_episode', {
    id: childScopedId(kid, 'E'),
    child_id: kid.id,
    care_period_id: periodId,
    placement_id: placementId,
    start_date: iso(start),
    reason_new: 'S',
    legal_status: status,
    category_of_need: 'N2',
    placement_type: placement.type,
    provider: placement.provider,
    home_postcode: kid.postcode,
    placement_postcode: placement.postcode,
    urn: placement.urn,
    end_date: ended ? iso(end) : null,
    reason_ceased: ended ? 'E13' : null,
    reason_place_change: null,
  });
}
