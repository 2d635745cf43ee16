/** DfE rule 570: a missing period cannot start after the end of the collection year. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '570',
  message:
    'The date that the child started to be missing or away from placement without authorisation is after the ' +
    'end of the collection year.',
  affectedFields: ['MIS_START'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Missing',
      whereRows(rowsOf(data, 'Missing'), (row) => {
        const start = dateOf(row, 'MIS_START');
        return start !== null && start > data.meta.collectionEnd;
      }),
    );
  },
});
