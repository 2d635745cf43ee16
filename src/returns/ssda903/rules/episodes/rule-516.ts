/**
 * DfE rule 516: an episode ending E45/E46 (special guardianship to former foster carers) must be a
 * foster placement (U1-U6).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { FOSTER_PLACEMENTS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '516',
  message:
    'The episode data submitted for this child does not show that he/she was with their former foster carer(s) ' +
    'during the year.If the code in the reason episode ceased is E45 or E46 the child must have a placement code of U1 to U6.',
  affectedFields: ['REC', 'PLACE'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) =>
          ['E45', 'E46'].includes(val(row, 'REC') ?? '') &&
          !(FOSTER_PLACEMENTS as readonly string[]).includes(val(row, 'PLACE') ?? ''),
      ),
    );
  },
});
