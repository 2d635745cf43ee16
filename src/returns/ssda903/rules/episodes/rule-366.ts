/** DfE rule 366: each short break (LS V3) is its own episode starting with RNE S; no placement change within it. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '366',
  message: 'A child cannot change placement during the course of an individual short-term respite break.',
  affectedFields: ['RNE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => val(row, 'LS') === 'V3' && val(row, 'RNE') !== 'S'),
    );
  },
});
