/**
 * DfE rule 580: a child who was missing when they ceased to be looked after at 18 (the missing period
 * ends on the 18th birthday, which is also DEC) must have REC E8 (care ceased for any other reason).
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '580',
  message: 'Child is missing when cease being looked after but reason episode ceased not ‘E8’.',
  affectedFields: ['REC'],
  tables: ['Episodes', 'Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const missing = rowsOf(data, 'Missing');
    const byChild = groupByChild(missing);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const dec = dateOf(row, 'DEC');
        if (dec === null || val(row, 'REC') === 'E8') return false;
        return (byChild.get(val(row, 'CHILD') ?? '') ?? []).some((m) => {
          const dob = dateOf(missing[m], 'DOB');
          return dob !== null && dateOf(missing[m], 'MIS_END') === dec && addYears(dob, 18) === dec;
        });
      }),
    );
  },
});
