/** DfE 4220: Ethnicity must be present and a code from the Ethnicity table. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { ethnicities } from '../codes.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4220',
  message: 'Ethnicity is missing or invalid (see Ethnicity table)',
  affectedFields: ['Ethnicity'],
  years: { from: 2023 },
  tables: ['ChildCharacteristics'],
  validate(data) {
    const valid = ethnicities(data.meta.year);
    const wrong = rowsWhere(rowsOf(data, 'ChildCharacteristics'), (row) => {
      const code = text(row, 'Ethnicity');
      return code === null || !valid.has(code);
    });
    return cellsFor('ChildCharacteristics', wrong, ['Ethnicity']);
  },
});
