/**
 * Care proceedings (docs/INDICATORS.md "Care proceedings"). The 26-week limit is statutory (Children and
 * Families Act 2014, s.14, amending Children Act 1989 s.32(1)(a)); Cafcass reports mean calendar weeks
 * from issue of the s.31 application to the final order, banded 26 weeks or less (green), 27-29 (amber),
 * 30 or more (red). Weeks here are calendar days / 7; "within 26 weeks" is at most 182 days.
 */
import type { RecordIndicator } from '../definition.ts';
import { rowsInPeriod, snapshotCount } from '../builders.ts';
import { shiftDate } from './care-sql.ts';

const FAMILY = 'Care proceedings';
const DAYS = '(pr.final_order_date - pr.issue_date)';

/** Cafcass duration bands, by whole days. */
const BAND = `CASE WHEN ${DAYS} <= 182 THEN '26-or-less' WHEN ${DAYS} < 210 THEN '27-29' ELSE '30-plus' END`;
const BANDS = [
  { code: '26-or-less', label: '26 weeks or less' },
  { code: '27-29', label: '27 to 29 weeks' },
  { code: '30-plus', label: '30 weeks or more' },
] as const;

/** Proceedings concluded (final order) in the window. */
function concludedRows(numerator: string, numValue: string, category: string): RecordIndicator['rows'] {
  return rowsInPeriod({
    from: 'care_proceedings pr',
    date: 'pr.final_order_date',
    columns: {
      numerator,
      numValue,
      category,
      detail: `'issued ' || pr.issue_date || ', final order ' || pr.final_order || ' on ' || pr.final_order_date || ' (' || round(${DAYS} / 7.0, 1) || ' weeks)'`,
    },
  });
}

export const proceedingsDuration: RecordIndicator = {
  id: 'proceedings-duration',
  title: 'Average duration of care proceedings ending in the period',
  family: FAMILY,
  unit: 'weeks',
  polarity: 'L',
  kind: 'period',
  definition:
    'Care proceedings concluded in the period: mean calendar weeks from issue to final order (Cafcass); statutory limit 26 weeks (Children and Families Act 2014). Broken down by Cafcass band.',
  source: 'records',
  aggregate: 'ratio',
  categories: BANDS,
  rows: concludedRows('true', `${DAYS} / 7.0`, BAND),
};

export const proceedingsWithin26wk: RecordIndicator = {
  id: 'proceedings-within-26wk',
  title: 'Care proceedings concluded within 26 weeks',
  family: FAMILY,
  unit: 'percent',
  polarity: 'H',
  kind: 'period',
  definition:
    'Care proceedings concluded in the period within 26 weeks (182 days) of issue / care proceedings concluded in the period (Children and Families Act 2014; Cafcass bands).',
  source: 'records',
  aggregate: 'percent',
  categories: BANDS,
  rows: concludedRows(`${DAYS} <= 182`, '1', BAND),
};

export const proceedingsOutcomes: RecordIndicator = {
  id: 'proceedings-outcomes',
  title: 'Care proceedings by outcome',
  family: FAMILY,
  unit: 'count',
  polarity: 'N',
  kind: 'period',
  definition:
    'Care proceedings concluded in the period by final order: care order, care and placement order, child ' +
    'arrangements order (with or without supervision order), special guardianship order (with or without ' +
    'supervision order), supervision order, placement order, no order.',
  source: 'records',
  aggregate: 'count',
  categories: [
    { code: 'care_order', label: 'Care order' },
    { code: 'care_and_placement_order', label: 'Care and placement order' },
    { code: 'cao', label: 'Child arrangements order' },
    { code: 'cao_supervision', label: 'Child arrangements and supervision order' },
    { code: 'sgo', label: 'Special guardianship order' },
    { code: 'sgo_supervision', label: 'Special guardianship and supervision order' },
    { code: 'supervision_order', label: 'Supervision order' },
    { code: 'placement_order', label: 'Placement order' },
    { code: 'no_order', label: 'No order' },
  ],
  rows: concludedRows('true', '1', 'pr.final_order'),
};

/**
 * Public Law Outline pre-proceedings open at the date: started, not yet ended, and not yet turned into
 * proceedings (an issue date on or before the date ends pre-proceedings even where no end was recorded).
 * The numerator is those started 3 months or more before the date; the drill-down shows every open one.
 */
export const preProceedings3m = snapshotCount({
  id: 'pre-proceedings-3m',
  title: 'Children in pre-proceedings for 3 months or more',
  family: FAMILY,
  polarity: 'L',
  definition:
    'Children with an open pre-proceedings (Public Law Outline) episode at the reference date that started 3 or more months before it.',
  distinct: true,
  from: 'care_proceedings pr',
  start: 'pr.pre_proceedings_start',
  end: 'coalesce(pr.pre_proceedings_end, pr.issue_date)',
  columns: {
    numerator: `pr.pre_proceedings_start <= ${shiftDate('w.at', '-3 months')}`,
    detail: `'pre-proceedings since ' || pr.pre_proceedings_start`,
  },
});

export const CARE_PROCEEDINGS: readonly RecordIndicator[] = [
  proceedingsDuration,
  proceedingsWithin26wk,
  proceedingsOutcomes,
  preProceedings3m,
];
