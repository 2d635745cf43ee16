/** DfE rule 390: an episode ending in adoption (REC E11, E12) must be a placement for adoption (A3-A6). */
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { ADOPTION_PLACEMENTS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '390',
  message: 'Reason episode ceased is adopted but child has not been previously placed for adoption.',
  affectedFields: ['PLACE', 'REC'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => inCodes(val(row, 'REC'), ['E11', 'E12']) && !inCodes(val(row, 'PLACE'), ADOPTION_PLACEMENTS),
      ),
    );
  },
});
