/** DfE 8790: a child recorded with disability NONE cannot also have another disability code; the other codes are flagged. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, childOf, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8790',
  message: 'Disability information includes both None and other values',
  affectedFields: ['Disability'],
  years: { from: 2023 },
  tables: ['Disabilities'],
  validate(data) {
    const rows = rowsOf(data, 'Disabilities');
    const flagged: number[] = [];
    for (const indexes of groupRows(rows, childOf).values()) {
      const codes = indexes.map((i) => text(rows[i], 'Disability'));
      if (!codes.includes('NONE')) continue;
      flagged.push(
        ...indexes.filter((i) => {
          const code = text(rows[i], 'Disability');
          return code !== null && code !== 'NONE';
        }),
      );
    }
    return cellsFor('Disabilities', flagged, ['Disability']);
  },
});
