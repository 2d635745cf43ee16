/**
 * DfE rule 612: a girl with a first child's date of birth (MC_DOB) must be recorded as a mother; MOTHER
 * 0 or blank contradicts it. SEX is 2 for female until 2023-24 and F from 2024-25.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Dataset903 } from '../../dataset.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

function notMother(female: string) {
  return (data: Dataset903) =>
    flagRows(
      'Header',
      whereRows(
        rowsOf(data, 'Header'),
        (row) =>
          (val(row, 'MOTHER') === '0' || val(row, 'MOTHER') === null) &&
          val(row, 'SEX') === female &&
          val(row, 'MC_DOB') !== null,
      ),
    );
}

const spec = {
  code: '612',
  message: 'Date of birth field has been completed but mother field indicates child is not a mother.',
  affectedFields: ['SEX', 'MOTHER', 'MC_DOB'],
  tables: ['Header' as const],
};

export const rule612: Rule903 = defineRule({
  ...spec,
  years: { from: FIRST_MODELLED_YEAR, to: 2024 },
  validate: notMother('2'),
});

export const rule612From2025: Rule903 = defineRule({
  ...spec,
  years: { from: 2025 },
  validate: notMother('F'),
});

export const ruleVersions: Rule903[] = [rule612, rule612From2025];
