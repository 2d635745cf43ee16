/** DfE rule 217 (2023-24 addition, coded 217t by the open validator): P2 ends on 28 October 2023. */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '217t',
  message: "Placement type 'P2' is not a valid placement type from 28 October 2023.",
  affectedFields: ['PLACE', 'DECOM'],
  tables: ['Episodes'],
  years: { from: 2024, to: 2024 },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        if (val(row, 'PLACE') !== 'P2') return false;
        const dec = dateOf(row, 'DEC');
        return !has(row, 'DEC') || (dec !== null && dec > '2023-10-28');
      }),
    );
  },
});
