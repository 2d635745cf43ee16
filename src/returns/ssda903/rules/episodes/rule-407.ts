/**
 * DfE rule 407: an episode that ends with a special guardianship order (REC E45-E48) must end before
 * the child's 18th birthday: an SGO cannot be made for an adult.
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { firstRowByChild, flagTables, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const SGO_REASONS = ['E45', 'E46', 'E47', 'E48'];
export const rule: Rule903 = defineRule({
  code: '407',
  message: 'Reason episode ceased is Special Guardianship Order, but child has reached age 18.',
  affectedFields: ['DEC', 'DOB', 'REC'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const header = rowsOf(data, 'Header');
    const headerRow = firstRowByChild(header);
    const episodes: number[] = [];
    const headers: number[] = [];
    rowsOf(data, 'Episodes').forEach((row, index) => {
      const h = headerRow.get(val(row, 'CHILD') ?? '');
      const dob = h === undefined ? null : dateOf(header[h], 'DOB');
      const dec = dateOf(row, 'DEC');
      if (!SGO_REASONS.includes(val(row, 'REC') ?? '') || dob === null || dec === null || h === undefined) return;
      if (addYears(dob, 18) < dec) {
        episodes.push(index);
        headers.push(h);
      }
    });
    return flagTables({ Episodes: episodes, Header: headers });
  },
});
