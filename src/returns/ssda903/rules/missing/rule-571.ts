/** DfE rule 571: a missing period must end within the collection year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '571',
  message:
    'The date that the child ceased to be missing or away from placement without authorisation is before the ' +
    'start or after the end of the collection year.',
  affectedFields: ['MIS_END'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Missing',
      whereRows(rowsOf(data, 'Missing'), (row) => {
        const end = dateOf(row, 'MIS_END');
        return end !== null && (end < data.meta.collectionStart || end > data.meta.collectionEnd);
      }),
    );
  },
});
