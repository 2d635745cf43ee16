/**
 * DfE rule 217: since 1 April 2015, a placement for adoption with the current foster carers (A3, A5)
 * starts with RNE S, T or U (the carers stay the same).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '217',
  message:
    'Children who are placed for adoption with current foster carers (placement types A3 or A5) must have a reason for new episode of S, T or U.',
  affectedFields: ['PLACE', 'DECOM', 'RNE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const decom = dateOf(row, 'DECOM');
        return (
          inCodes(val(row, 'PLACE'), ['A3', 'A5']) &&
          decom !== null &&
          decom >= '2015-04-01' &&
          !inCodes(val(row, 'RNE'), ['S', 'T', 'U'])
        );
      }),
    );
  },
});
