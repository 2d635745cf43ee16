/**
 * DfE rule 1002: a young person with care leaver information (OC3) must have been looked after: with no
 * episodes this year or last, they should not be in OC3. Needs last year's Episodes, otherwise every care
 * leaver out of care this year would be flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { childIds, flagRows, lastRowsOf, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '1002',
  message:
    'This child has no previous episodes of care, therefore should not have care leaver information recorded. ' +
    '[NOTE: This tool can only test the current and previous year data loaded into the tool - this check may generate ' +
    "false positives if a child had episodes prior to last year's collection.]",
  affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  tables: ['Episodes', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.Episodes || !data.previous?.Episodes) return [];
    const known = new Set([...childIds(rowsOf(data, 'Episodes')), ...childIds(lastRowsOf(data, 'Episodes'))]);
    return flagRows(
      'OC3',
      whereRows(rowsOf(data, 'OC3'), (row) => !known.has(val(row, 'CHILD') ?? '')),
    );
  },
});
