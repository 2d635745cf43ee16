/** DfE rule 704 (from 2026-27, deprivation of liberty orders): a DoLO end date lies within the collection year. */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('DoLo', whereRows(rowsOf(data, 'DoLo'), (row) => {
    const end = dateOf(row, 'DOLO_END');
    return end !== null && (end < data.meta.collectionStart || end > data.meta.collectionEnd);
  }));
}

export const rule704: Rule903 = defineRule({
  code: '704',
  message: 'The date that the DoLO ended is before the start or after the end of the collection year.',
  affectedFields: ['DOLO_END'],
  tables: ['DoLo'],
  years: { from: 2027 },
}, validate);
