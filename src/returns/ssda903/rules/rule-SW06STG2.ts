/** Social worker rule SW06STG2 (from 2023-24): a social worker episode cannot start after 31 March. */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('SWEpisodes', whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
    const start = dateOf(row, 'SW_DECOM');
    return start !== null && start > data.meta.collectionEnd;
  }));
}

export const ruleSW06STG2: Rule903 = defineRule({
  code: 'SW06STG2',
  message: 'Social worker episode data should be within the social worker data reporting year.',
  affectedFields: ['SW_DECOM'],
  tables: ['SWEpisodes'],
  years: { from: 2024 },
}, validate);
