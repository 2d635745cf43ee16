/**
 * DfE rule 230 (from 2023-24): English H5 placements open on or after 29 October 2023 need a real
 * Ofsted URN (supported accommodation became Ofsted-registered on 28 October 2023).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '230',
  message: 'Ofsted Unique reference number (URN) is required for any English H5 placements from 28 October 2023.',
  affectedFields: ['PLACE', 'DEC', 'URN'],
  tables: ['Episodes'],
  years: { from: 2024, to: 2024 },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const dec = dateOf(row, 'DEC');
        const open = !has(row, 'DEC') || (dec !== null && dec >= '2023-10-29');
        const urn = val(row, 'URN');
        const outsideEngland = /^[NWS]/.test((val(row, 'PL_LA') ?? '').toUpperCase());
        return val(row, 'PLACE') === 'H5' && open && (urn === null || urn === 'XXXXXXX') && !outsideEngland;
      }),
    );
  },
});
