/**
 * DfE rule 168: a UPN is a letter (not I, O or S) then 12 digits, or 11 digits and a letter; when it
 * is unknown one of UN1-UN5 is given instead.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const UPN = /^(?:[A-HJ-NP-RT-Z](?:\d{12}|\d{11}[A-Z])|UN[1-5])$/;

export const rule: Rule903 = defineRule({
  code: '168',
  message: 'Unique Pupil Number (UPN) is not valid. If unknown, default codes should be UN1, UN2, UN3, UN4 or UN5.',
  affectedFields: ['UPN'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Header',
      whereRows(rowsOf(data, 'Header'), (row) => {
        const upn = val(row, 'UPN');
        return upn !== null && !UPN.test(upn);
      }),
    );
  },
});
