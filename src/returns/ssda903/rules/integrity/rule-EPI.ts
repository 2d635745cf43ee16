/**
 * Check EPI (the DfE portal's warning): every child in the Header needs episodes, or care leaver
 * information (OC3), before the rest of their record can be validated.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { childIds, flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'EPI',
  message:
    'WARNING: Episodes need to be loaded for this child before further validation is possible [NOTE: This refers ' +
    'to the DfE portal - here, all checks that can be performed with only the available data will be.]',
  affectedFields: ['CHILD'],
  tables: ['Header', 'Episodes', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const known = new Set([...childIds(rowsOf(data, 'Episodes')), ...childIds(rowsOf(data, 'OC3'))]);
    return flagRows(
      'Header',
      whereRows(rowsOf(data, 'Header'), (row) => !known.has(val(row, 'CHILD') ?? '')),
    );
  },
});
