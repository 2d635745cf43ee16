/**
 * DfE rule 358: youth-justice legal statuses (J1 remand, J2 PACE, J3 youth rehabilitation order) are
 * not possible under 10, the age of criminal responsibility. Episode and Header rows are flagged.
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { firstRowByChild, flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '358',
  message: 'Child with this legal status should not be under 10.',
  affectedFields: ['DECOM', 'DOB', 'LS'],
  tables: ['Header', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const header = rowsOf(data, 'Header');
    const headerRow = firstRowByChild(header);
    const badEpisodes: number[] = [];
    const badHeader: number[] = [];
    rowsOf(data, 'Episodes').forEach((row, i) => {
      const h = headerRow.get(val(row, 'CHILD') ?? '');
      const dob = h === undefined ? null : dateOf(header[h], 'DOB');
      const decom = dateOf(row, 'DECOM');
      if (
        h !== undefined &&
        inCodes(val(row, 'LS'), ['J1', 'J2', 'J3']) &&
        dob !== null &&
        decom !== null &&
        addYears(dob, 10) > decom
      ) {
        badEpisodes.push(i);
        badHeader.push(h);
      }
    });
    return [...flagRows('Episodes', badEpisodes), ...flagRows('Header', badHeader)];
  },
});
