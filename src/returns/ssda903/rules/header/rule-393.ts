/**
 * DfE rule 393: a girl looked after other than on short breaks (an episode with LS not V3/V4) needs
 * MOTHER completed. Female is SEX 2 until 2023-24 and F from 2024-25.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, inCodes, val } from '../cells.ts';
import { isFemale, RESPITE_LS } from '../codes.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '393',
  message: 'Child is looked after but mother field is not completed.',
  affectedFields: ['MOTHER'],
  tables: ['Header', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const lookedAfter = new Set(
      rowsOf(data, 'Episodes')
        .filter((row) => !inCodes(val(row, 'LS')?.toUpperCase() ?? null, RESPITE_LS))
        .map((row) => val(row, 'CHILD')),
    );
    return flagRows(
      'Header',
      whereRows(
        rowsOf(data, 'Header'),
        (row) => isFemale(val(row, 'SEX'), data.meta.year) && lookedAfter.has(val(row, 'CHILD')) && !has(row, 'MOTHER'),
      ),
    );
  },
});
