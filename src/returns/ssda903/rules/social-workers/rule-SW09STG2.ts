/**
 * Social worker rule SW09STG2 (from 2023-24): a social worker episode that starts and ends on the same
 * day lasted under 24 hours, which is not a social worker episode.
 */
import { daysBetween } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf, partialDate } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

const spec = {
  code: 'SW09STG2',
  message: 'Social worker episode appears to have lasted for less than 24 hours.',
  affectedFields: ['SW_DECOM', 'SW_DEC'],
  tables: ['SWEpisodes' as const],
};

export const ruleSW09STG2: Rule903 = defineRule({
  ...spec,
  years: { from: 2024, to: 2025 },
  validate(data) {
    return flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
        const start = val(row, 'SW_DECOM');
        const end = val(row, 'SW_DEC');
        if (start === null || end === null) return false;
        const startDate = partialDate(start);
        return startDate !== null ? startDate === partialDate(end) : start === end;
      }),
    );
  },
});

/**
 * From 2025-26 the open validator flags any episode ending less than 3 days after it started (an end
 * before the start included): a date-only return cannot show hours.
 */
export const ruleSW09STG2From2026: Rule903 = defineRule({
  ...spec,
  years: { from: 2026 },
  validate(data) {
    return flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
        const start = dateOf(row, 'SW_DECOM');
        const end = dateOf(row, 'SW_DEC');
        return start !== null && end !== null && daysBetween(start, end) < 3;
      }),
    );
  },
});

export const ruleVersions: Rule903[] = [ruleSW09STG2, ruleSW09STG2From2026];
