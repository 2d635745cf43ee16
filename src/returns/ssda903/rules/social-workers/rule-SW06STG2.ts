/** Social worker rule SW06STG2 (from 2023-24): a social worker episode cannot start after 31 March. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'SW06STG2',
  message: 'Social worker episode data should be within the social worker data reporting year.',
  affectedFields: ['SW_DECOM'],
  tables: ['SWEpisodes'],
  years: { from: 2024 },
  validate(data) {
    return flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
        const start = dateOf(row, 'SW_DECOM');
        return start !== null && start > data.meta.collectionEnd;
      }),
    );
  },
});
