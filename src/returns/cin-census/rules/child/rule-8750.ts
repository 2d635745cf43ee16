/**
 * DfE 8750: an unborn child (expected date of birth, no date of birth) must be recorded as GenderCurrent
 * 0 until 2023-24, and as Sex U from 2024-25.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { DatasetCin } from '../../dataset.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

function unbornWithWrongSex(data: DatasetCin, field: string, unborn: string): number[] {
  return rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => {
    const isUnborn = text(row, 'ExpectedPersonBirthDate') !== null && text(row, 'PersonBirthDate') === null;
    return isUnborn && text(row, field) !== unborn;
  });
}

export const rule8750Until2024: RuleCin = defineRule({
  code: '8750',
  message: 'Gender must equal 0 for an unborn child',
  affectedFields: ['GenderCurrent', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
  years: { from: 2023, to: 2024 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    const fields = ['GenderCurrent', 'PersonBirthDate', 'ExpectedPersonBirthDate'];
    return cellsFor('ChildIdentifiers', unbornWithWrongSex(data, 'GenderCurrent', '0'), fields);
  },
});

export const rule8750From2025: RuleCin = defineRule({
  code: '8750',
  message: 'Sex must equal U for an unborn child',
  affectedFields: ['Sex', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
  years: { from: 2025 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    const fields = ['Sex', 'PersonBirthDate', 'ExpectedPersonBirthDate'];
    return cellsFor('ChildIdentifiers', unbornWithWrongSex(data, 'Sex', 'U'), fields);
  },
});

export const ruleVersions: RuleCin[] = [rule8750Until2024, rule8750From2025];
