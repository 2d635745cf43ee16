/** DfE rule 420: short breaks (LS V3/V4) carry no placement details, so PL_LA must be blank. */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '420',
  message: 'LA of placement completed but child is looked after under legal status V3 or V4.',
  affectedFields: ['PL_LA'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Episodes',
      whereRows(
        rowsOf(data, 'Episodes'),
        (row) => ['V3', 'V4'].includes(val(row, 'LS') ?? '') && val(row, 'PL_LA') !== null,
      ),
    );
  },
});
