/** DfE rule 570: a missing period cannot start after the end of the collection year. */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('Missing', whereRows(rowsOf(data, 'Missing'), (row) => {
    const start = dateOf(row, 'MIS_START');
    return start !== null && start > data.meta.collectionEnd;
  }));
}

export const rule570: Rule903 = defineRule({
  code: '570',
  message: 'The date that the child started to be missing or away from placement without authorisation is after the '
    + 'end of the collection year.',
  affectedFields: ['MIS_START'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
