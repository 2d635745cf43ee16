/**
 * DfE rule 411: a placement recorded as inside the council's boundary (PL_LOCATION IN) must have the
 * council's own code as PL_LA. Needs the council's code (meta.laCode); without it nothing is flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '411',
  message: 'Placement location code disagrees with LA of placement.',
  affectedFields: ['PL_LOCATION'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const la = data.meta.laCode;
    if (la === undefined) return [];
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => val(row, 'PL_LOCATION') === 'IN' && val(row, 'PL_LA') !== la),
    );
  },
});
