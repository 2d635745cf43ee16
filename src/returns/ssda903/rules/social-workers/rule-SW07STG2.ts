/** Social worker rule SW07STG2 (from 2023-24): a social worker episode's end date lies within the collection year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'SW07STG2',
  message:
    'Social worker episode end date should be on or after the start of the social worker reporting period, and ' +
    'should be on or before the collection end date.',
  affectedFields: ['SW_DEC'],
  tables: ['SWEpisodes'],
  years: { from: 2024 },
  validate(data) {
    return flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
        const end = dateOf(row, 'SW_DEC');
        return end !== null && (end < data.meta.collectionStart || end > data.meta.collectionEnd);
      }),
    );
  },
});
