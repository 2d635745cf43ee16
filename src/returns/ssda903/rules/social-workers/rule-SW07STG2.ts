/**
 * Social worker rule SW07STG2 (from 2023-24): a social worker episode's end date lies within the social
 * worker reporting period and on or before the collection end. In 2023-24 that period is the collection
 * year; from 2024-25 the return covers social workers for the full previous year as well (SW12STG2), so
 * the period starts on 1 April of the year before the collection (the DfE's 2024-25 rule, applied by the
 * open validator as collection start minus one year).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Dataset903 } from '../../dataset.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

const spec = {
  code: 'SW07STG2',
  message:
    'Social worker episode end date should be on or after the start of the social worker reporting period, and ' +
    'should be on or before the collection end date.',
  affectedFields: ['SW_DEC'],
  tables: ['SWEpisodes' as const],
};

/** SW_DEC before `periodStart(meta)` or after the collection end. */
function endOutside(periodStart: (collectionStart: string) => string) {
  return (data: Dataset903) => {
    const start = periodStart(data.meta.collectionStart);
    return flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
        const end = dateOf(row, 'SW_DEC');
        return end !== null && (end < start || end > data.meta.collectionEnd);
      }),
    );
  };
}

/** The same day a year earlier: 1 April of the previous year for a collection start. */
function yearBefore(iso: string): string {
  return `${Number(iso.slice(0, 4)) - 1}${iso.slice(4)}`;
}

export const ruleSW07STG2Until2024: Rule903 = defineRule({
  ...spec,
  years: { from: 2024, to: 2024 },
  validate: endOutside((start) => start),
});

export const ruleSW07STG2From2025: Rule903 = defineRule({
  ...spec,
  years: { from: 2025 },
  validate: endOutside(yearBefore),
});

export const ruleVersions: Rule903[] = [ruleSW07STG2Until2024, ruleSW07STG2From2025];
