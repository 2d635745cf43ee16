/** Social worker rule SW07STG2 (from 2023-24): a social worker episode's end date lies within the collection year. */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, flagRows, rowsOf, whereRows } from './helpers.ts';
import type { Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  return flagRows('SWEpisodes', whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
    const end = dateOf(row, 'SW_DEC');
    return end !== null && (end < data.meta.collectionStart || end > data.meta.collectionEnd);
  }));
}

export const ruleSW07STG2: Rule903 = defineRule({
  code: 'SW07STG2',
  message: 'Social worker episode end date should be on or after the start of the social worker reporting period, and '
    + 'should be on or before the collection end date.',
  affectedFields: ['SW_DEC'],
  tables: ['SWEpisodes'],
  years: { from: 2024 },
}, validate);
