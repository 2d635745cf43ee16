/**
 * A period of care as rows: the care period, its placements and the SSDA903 episodes they make.
 * Episodes tile the period without gaps: each ends on the day the next begins (REC X1) and the last
 * ends with the reason the child left care.
 */
import { childScopedId, emit, iso } from './model.ts';
import type { SimContext } from './context.ts';
import { until } from './dates.ts';
import { splitSupportedAccommodation } from './placements.ts';
import type { PendingPeriod } from './care-model.ts';

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
