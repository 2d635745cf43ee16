/**
 * The council's adopters (Ofsted Annex A list 11): the household each matched child went to, taken
 * back through the two-stage process of the Adoption Agencies Regulations 2005 as amended in 2013
 * (enquiry, stage one of about two months, stage two of about four, approval, then a wait to be
 * matched), and besides them households still waiting to be matched or that left the process. One row
 * per adopter; a couple shares a family identifier.
 */
import { dayNumber } from '../calendar/dates.ts';
import type { SimContext } from './context.ts';
import { iso, type Row } from './model.ts';

/** Households that never reach a match in the window, for every matched one. */
const UNMATCHED_SHARE = 0.35;

interface Household {
  family: string;
  sexes: string[];
  enquiry: number;
  approval: number;
  match?: number;
  placed?: number;
  order?: number;
  ffa: boolean;
  children: number;
  left?: { day: number; reason: string };
}

const SEXES: Record<string, string[]> = { MF: ['M', 'F'], MM: ['M', 'M'], FF: ['F', 'F'], M1: ['M'], F1: ['F'] };

export function adopterRows(ctx: SimContext, adoptions: readonly Row[], from: number): Row[] {
  const households: Household[] = [];
  const byFamily = new Map<string, Household>();
  for (const adoption of adoptions) {
    if (adoption['match_date'] === null || adoption['adopters_sex'] === null) continue;
    const known = byFamily.get(adoption['adopter_family_id'] as string);
    if (known) {
      // Brothers and sisters placed with the same family.
      known.children += 1;
      continue;
    }
    const match = dayNumber(adoption['match_date'] as string);
    const placed = adoption['placed_date'] === null ? undefined : dayNumber(adoption['placed_date'] as string);
    const order = adoption['order_date'] === null ? undefined : dayNumber(adoption['order_date'] as string);
    const family = (adoption['adopter_family_id'] as string | null) ?? `${ctx.laCode}AF${households.length + 1}`;
    const household: Household = {
      ...approvedBy(ctx, match - ctx.random.int(20, 300)),
      family,
      sexes: SEXES[adoption['adopters_sex'] as string] ?? ['F'],
      match,
      ...(placed !== undefined ? { placed } : {}),
      ...(order !== undefined ? { order } : {}),
      ffa: adoption['ffa_placed_date'] !== null,
      children: 1,
    };
    households.push(household);
    byFamily.set(family, household);
  }
  const matched = households.length;
  for (let n = 0; n < Math.round(matched * UNMATCHED_SHARE); n += 1) households.push(unmatched(ctx, from, n));
  return households.flatMap((h, index) =>
    h.sexes.map((sex, person) => adopterRow(ctx, h, sex, `${ctx.laCode}AD${index + 1}-${person + 1}`)),
  );
}

/** The enquiry and approval of a household approved on `approval`. */
function approvedBy(ctx: SimContext, approval: number): { enquiry: number; approval: number } {
  return { approval, enquiry: approval - ctx.random.int(190, 300) };
}

/** A household approved and waiting, or one that left during the process. */
function unmatched(ctx: SimContext, from: number, n: number): Household {
  const { random } = ctx;
  const enquiry = random.int(from, ctx.end - 30);
  const sexes = random.chance(0.8) ? ['M', 'F'] : [random.chance(0.85) ? 'F' : 'M'];
  const household: Household = {
    family: `${ctx.laCode}AW${n + 1}`,
    sexes,
    enquiry,
    approval: enquiry + random.int(190, 300),
    ffa: random.chance(0.15),
    children: 0,
  };
  if (random.chance(0.45)) {
    const day = Math.min(ctx.end, enquiry + random.int(20, 250));
    household.left = {
      day,
      reason: random.weighted([
        ['withdrew', 60],
        ['on_hold', 25],
        ['refused', 15],
      ]),
    };
  }
  return household;
}

/** Stage one starts within weeks of the enquiry and lasts about two months; stage two ends at approval. */
function adopterRow(ctx: SimContext, h: Household, sex: string, id: string): Row {
  const stage1Start = h.enquiry + 14;
  const stage1End = stage1Start + 60;
  const stage2Start = stage1End + 7;
  const application = stage2Start;
  const stopped = h.left?.day ?? Infinity;
  const on = (day: number | undefined) => (day !== undefined && day <= ctx.end && day <= stopped ? iso(day) : null);
  return {
    id,
    family_id: h.family,
    sex,
    ethnicity: ctx.random.weighted([
      ['WBRI', 78],
      ['WOTH', 6],
      ['MWBC', 4],
      ['BAFR', 3],
      ['APKN', 3],
      ['AIND', 3],
      ['OOTH', 3],
    ]),
    disabled: ctx.random.chance(0.03),
    ffa: h.ffa,
    enquiry_date: on(h.enquiry),
    stage1_start: on(stage1Start),
    stage1_end: on(stage1End),
    stage2_start: on(stage2Start),
    stage2_end: on(h.approval),
    application_date: on(application),
    approval_date: on(h.approval),
    match_date: on(h.match),
    placed_date: on(h.placed),
    children_placed: h.placed !== undefined && h.placed <= ctx.end ? h.children : null,
    order_date: on(h.order),
    left_date: h.left ? iso(h.left.day) : null,
    left_reason: h.left?.reason ?? null,
  };
}
