/** DfE rule 451: an open episode (no DEC, no REC) cannot still be under a freeing order (LS D1). */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '451',
  message: 'Child is still freed for adoption, but freeing orders could not be applied for since 30 December 2005.',
  affectedFields: ['DEC', 'REC', 'LS'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR, to: 2024 },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => val(row, 'DEC') === null && val(row, 'REC') === null && val(row, 'LS') === 'D1',
      ),
    );
  },
});
