/** DfE rule 304: UASC status ends on or before the 18th birthday (DUC no later than DOB + 18 years). */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '304',
  message:
    'Date unaccompanied asylum-seeking child (UASC) status ceased must be on or before the 18th birthday of a child.',
  affectedFields: ['DUC'],
  tables: ['UASC'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'UASC',
      whereRows(rowsOf(data, 'UASC'), (row) => {
        const dob = dateOf(row, 'DOB');
        const duc = dateOf(row, 'DUC');
        return dob !== null && duc !== null && duc > addYears(dob, 18);
      }),
    );
  },
});
