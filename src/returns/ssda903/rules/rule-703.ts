/** DfE rule 703 (from 2026-27, deprivation of liberty orders): a DoLO cannot start after 31 March. */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('DoLo', whereRows(rowsOf(data, 'DoLo'), (row) => {
    const start = dateOf(row, 'DOLO_START');
    return start !== null && start > data.meta.collectionEnd;
  }));
}

export const rule703: Rule903 = defineRule({
  code: '703',
  message: 'The date that the DoLO started is after the end of the collection year.',
  affectedFields: ['DOLO_START'],
  tables: ['DoLo'],
  years: { from: 2027 },
}, validate);
