/**
 * Children in care (docs/INDICATORS.md "Children in care"): counts at a date, starts and cessations, and the
 * shares of children looked after by placement. Stability, reviews and OC2 outcomes are in the
 * care-*.ts files beside this one; CHILDREN_IN_CARE at the end lists the whole family in catalogue order.
 */
import type { RecordIndicator, RowsContext } from '../definition.ts';
import { claReviewsInTime } from './care-reviews.ts';
import { placementStabilityLong, placementStabilityShort } from './care-stability.ts';
import { claHealthChecks, claMissing, claOffended } from './care-outcomes.ts';
import {
  FOSTER_PLACEMENTS,
  RESIDENTIAL_PLACEMENTS,
  firstStartsInWindow,
  fullCare,
  joinEpisodeOpenAt,
  lastCessationsInWindow,
} from './care-sql.ts';

const FAMILY = 'Children in care';

/** The rows of CLA at the reference date with a numerator (and optional denominator) over episode e and placement p. */
function claAtDateRows(ctx: RowsContext, numerator: string, denominator = 'true', category?: string): string {
  return `SELECT ${ctx.columns({
    subject: 'e.child_id',
    record: 'e.id',
    levelDate: 'w.at',
    numerator,
    denominator,
    ...(category ? { category } : {}),
    detail: `'placement ' || e.placement_type || coalesce(' (' || e.provider || ')', '') || ' since ' || p.start_date`,
  })}
  FROM w
  ${joinEpisodeOpenAt(ctx, 'w.at')}
  JOIN placement p ON p.la_code = e.la_code AND p.id = e.placement_id
  JOIN child ch ON ch.la_code = e.la_code AND ch.id = e.child_id`;
}

/** DfE CLA at 31 March (cla_number_and_rate_per_10k_children): looked after on the date, V3/V4 excluded. */
export const claAtDate: RecordIndicator = {
  id: 'cla-at-date',
  title: 'Children looked after',
  family: FAMILY,
  unit: 'count',
  polarity: 'N',
  kind: 'snapshot',
  definition:
    'Children looked after at the reference date, excluding those looked after only under an agreed series of short breaks (V3/V4); rate per 10,000 aged 0-17 (DfE CLA rate table).',
  source: 'records',
  aggregate: 'count',
  population: { ages: '0-17', per: 10_000 },
  rows: (ctx) => claAtDateRows(ctx, 'true', 'true', 'e.legal_status'),
};

/** DfE: only the first start of each child in the year counts (CLA rate table footnotes). */
export const claStarts: RecordIndicator = {
  id: 'cla-starts',
  title: 'Children who started to be looked after',
  family: FAMILY,
  unit: 'count',
  polarity: 'N',
  kind: 'period',
  definition:
    'Children who started a period of care in the period, counting each child once at their first start (DfE); short-break ' +
    '(V3/V4) episodes are removed before periods of care are derived, so a start is the first day of full care (docs/DEFINITIONS.md).',
  source: 'records',
  aggregate: 'count',
  population: { ages: '0-17', per: 10_000 },
  rows: (ctx) => `SELECT ${ctx.columns({
    subject: 's.child_id',
    record: 's.id',
    levelDate: 's.start_date',
    numerator: 'true',
    detail: `'started ' || s.start_date`,
  })}
  FROM w
  ${firstStartsInWindow(ctx)}`,
};

/** DfE: only the last cessation of each child in the year counts; broken down by 903 REC. */
export const claCeased: RecordIndicator = {
  id: 'cla-ceased',
  title: 'Children who ceased to be looked after',
  family: FAMILY,
  unit: 'count',
  polarity: 'N',
  kind: 'period',
  definition:
    'Children who ceased to be looked after in the period, counting each child once at their last cessation (DfE), by reason ' +
    'episode ceased (903 REC); short-break (V3/V4) episodes removed first, so full care ending in short breaks ceases that day (REC X1).',
  source: 'records',
  aggregate: 'count',
  population: { ages: '0-17', per: 10_000 },
  rows: (ctx) => `SELECT ${ctx.columns({
    subject: 'c.child_id',
    record: 'c.id',
    levelDate: 'c.end_date',
    numerator: 'true',
    category: 'c.reason_ceased',
    detail: `'ceased ' || c.end_date || ' (' || coalesce(c.reason_ceased, '?') || ')' || CASE WHEN c.reason_ceased = 'X1' THEN ': short breaks only from then' ELSE '' END`,
  })}
  FROM w
  ${lastCessationsInWindow(ctx)}`,
};

export const claRepeatPeriod: RecordIndicator = {
  id: 'cla-repeat-period',
  title: 'Children who became looked after for a second or subsequent time',
  family: FAMILY,
  unit: 'percent',
  polarity: 'L',
  kind: 'period',
  definition:
    'Children starting a period of care in the period (first start) who had an earlier period of care (full care, short-break ' +
    'episodes removed) / children starting in the period.',
  source: 'records',
  aggregate: 'percent',
  rows: (ctx) => `SELECT ${ctx.columns({
    subject: 's.child_id',
    record: 's.id',
    levelDate: 's.start_date',
    numerator: `EXISTS (SELECT 1 FROM cla_episode earlier
       WHERE earlier.la_code = ${ctx.la} AND earlier.child_id = s.child_id
         AND earlier.start_date < s.start_date AND ${fullCare('earlier')})`,
    detail: `'started ' || s.start_date`,
  })}
  FROM w
  ${firstStartsInWindow(ctx)}`,
};

export const claOwnProvision: RecordIndicator = {
  id: 'cla-own-provision',
  title: "Children in care placed in the local authority's own provision",
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'snapshot',
  definition:
    'CLA at the reference date whose placement provider is the council itself (903 PLACE_PROVIDER PR1) / CLA at the reference date.',
  source: 'records',
  aggregate: 'percent',
  rows: (ctx) => claAtDateRows(ctx, "e.provider = 'PR1'", 'true', 'e.provider'),
};

export const fosterInHouse: RecordIndicator = {
  id: 'foster-in-house',
  title: "Foster children placed with the council's own foster carers",
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'snapshot',
  definition:
    'CLA at the reference date in foster placements (903 PLACE U1-U6) with provider PR1 / CLA in foster placements.',
  source: 'records',
  aggregate: 'percent',
  rows: (ctx) => `${claAtDateRows(ctx, "e.provider = 'PR1'")}
  WHERE e.placement_type IN ${FOSTER_PLACEMENTS}`,
};

export const claInFoster: RecordIndicator = {
  id: 'cla-in-foster',
  title: 'Children in care in foster placements',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'snapshot',
  definition: 'CLA at the reference date in foster placements (903 PLACE U1-U6) / CLA at the reference date.',
  source: 'records',
  aggregate: 'percent',
  rows: (ctx) => claAtDateRows(ctx, `e.placement_type IN ${FOSTER_PLACEMENTS}`, 'true', 'e.placement_type'),
};

export const claPlacedOutOfArea: RecordIndicator = {
  id: 'cla-placed-out-of-area',
  title: 'Children placed outside the authority',
  family: FAMILY,
  unit: 'percent',
  polarity: 'L',
  kind: 'snapshot',
  definition:
    "CLA at the reference date placed outside the council's boundary / CLA at the reference date; parameter " +
    '`placements` = residential restricts both to residential placements (K1, K2, R1, S1). Placements whose area is ' +
    'not recorded are left out with a reason.',
  params: {
    placements: {
      description: 'all placements, or residential placements only',
      default: 'all',
      choices: ['all', 'residential'],
    },
  },
  source: 'records',
  aggregate: 'percent',
  rows: (ctx, params) => `SELECT ${ctx.columns({
    subject: 'e.child_id',
    record: 'e.id',
    levelDate: 'w.at',
    numerator: 'p.in_area = false',
    denominator: 'p.in_area IS NOT NULL',
    excluded: "CASE WHEN p.in_area IS NULL THEN 'placement area not recorded' END",
    detail: `'placement ' || e.placement_type || coalesce(' at ' || p.postcode, '')`,
  })}
  FROM w
  ${joinEpisodeOpenAt(ctx, 'w.at')}
  JOIN placement p ON p.la_code = e.la_code AND p.id = e.placement_id
  ${params.placements === 'residential' ? `WHERE e.placement_type IN ${RESIDENTIAL_PLACEMENTS}` : ''}`,
};

export const uasc: RecordIndicator = {
  id: 'uasc',
  title: 'Unaccompanied asylum-seeking children in care',
  family: FAMILY,
  unit: 'percent',
  polarity: 'N',
  kind: 'snapshot',
  definition:
    'CLA at the reference date who are unaccompanied asylum-seeking children (903 UASC, not yet ceased: DUC after the date) / CLA at the reference date; the numerator is the count.',
  source: 'records',
  aggregate: 'percent',
  rows: (ctx) => claAtDateRows(ctx, 'ch.uasc AND (ch.uasc_ceased IS NULL OR ch.uasc_ceased > w.at)'),
};

export const ceasedAdoption: RecordIndicator = {
  id: 'ceased-adoption',
  title: 'Children leaving care who were adopted',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'period',
  definition:
    'Children ceasing to be looked after in the period (last cessation) with 903 REC E11 or E12 (adopted) / children ceasing in the period.',
  source: 'records',
  aggregate: 'percent',
  rows: (ctx) => `SELECT ${ctx.columns({
    subject: 'c.child_id',
    record: 'c.id',
    levelDate: 'c.end_date',
    numerator: "c.reason_ceased IN ('E11', 'E12')",
    category: 'c.reason_ceased',
    detail: `'ceased ' || c.end_date || ' (' || coalesce(c.reason_ceased, '?') || ')' || CASE WHEN c.reason_ceased = 'X1' THEN ': short breaks only from then' ELSE '' END`,
  })}
  FROM w
  ${lastCessationsInWindow(ctx)}`,
};

/**
 * Ofsted grades of the council's own homes: the latest inspection on or before the date. Homes not yet
 * inspected are shown but left out of the denominator (no grade to judge).
 */
export const homesGoodOutstanding: RecordIndicator = {
  id: 'homes-good-outstanding',
  title: "Children's homes judged good or outstanding",
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'snapshot',
  definition:
    "Council children's homes open at the reference date whose latest Ofsted inspection grade on or before it is good or outstanding / council homes open at the date with an inspection grade.",
  levels: ['council'],
  source: 'records',
  aggregate: 'percent',
  categories: [
    { code: 'outstanding', label: 'Outstanding' },
    { code: 'good', label: 'Good' },
    { code: 'requires_improvement', label: 'Requires improvement' },
    { code: 'inadequate', label: 'Inadequate' },
  ],
  rows: (ctx) => `SELECT ${ctx.columns({
    subjectType: "'home'",
    subject: 'h.id',
    record: 'i.id',
    levelDate: 'w.at',
    numerator: "i.grade IN ('good', 'outstanding')",
    denominator: 'i.grade IS NOT NULL',
    excluded: "CASE WHEN i.grade IS NULL THEN 'not yet inspected' END",
    category: 'i.grade',
    detail: `h.name || coalesce(': ' || i.grade || ' on ' || i.inspection_date, '')`,
  })}
  FROM w
  JOIN childrens_home h ON h.la_code = ${ctx.la} AND ${ctx.openAt('h.opened', 'h.closed', 'w.at')}
  LEFT JOIN LATERAL (
    SELECT hi.id, hi.grade, hi.inspection_date FROM home_inspection hi
     WHERE hi.la_code = h.la_code AND hi.home_id = h.id AND hi.inspection_date <= w.at
     ORDER BY hi.inspection_date DESC, hi.id DESC LIMIT 1
  ) i ON true`,
};

export const CHILDREN_IN_CARE: readonly RecordIndicator[] = [
  claAtDate,
  claStarts,
  claCeased,
  claRepeatPeriod,
  claReviewsInTime,
  placementStabilityShort,
  placementStabilityLong,
  claOwnProvision,
  fosterInHouse,
  claInFoster,
  claPlacedOutOfArea,
  uasc,
  claOffended,
  claHealthChecks,
  claMissing,
  ceasedAdoption,
  homesGoodOutstanding,
];
