/**
 * DfE rule 234 (from 2025-26): a child under 10 (the age of criminal responsibility) cannot change
 * placement because of custody (REASON_PLACE_CHANGE CUSTOD); the episode and Header row are flagged.
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { firstRowByChild, flagRows, rowsOf } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '234',
  message: 'A child aged under 10 can not change placement due to being admitted to custody',
  affectedFields: ['REASON_PLACE_CHANGE', 'DOB'],
  tables: ['Episodes', 'Header'],
  years: { from: 2026 },
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
        val(row, 'REASON_PLACE_CHANGE') === 'CUSTOD' &&
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
