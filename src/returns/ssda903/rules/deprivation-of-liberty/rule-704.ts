/** DfE rule 704 (from 2026-27, deprivation of liberty orders): a DoLO end date lies within the collection year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '704',
  message: 'The date that the DoLO ended is before the start or after the end of the collection year.',
  affectedFields: ['DOLO_END'],
  tables: ['DoLo'],
  years: { from: 2027 },
  validate(data) {
    return flagRows(
      'DoLo',
      whereRows(rowsOf(data, 'DoLo'), (row) => {
        const end = dateOf(row, 'DOLO_END');
        return end !== null && (end < data.meta.collectionStart || end > data.meta.collectionEnd);
      }),
    );
  },
});
