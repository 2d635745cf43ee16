/**
 * DfE 2886Q (whole return): more than 2% of born children have no sex recorded: GenderCurrent missing or 0
 * until 2023-24, Sex missing or U from 2024-25. Unborn children (expected date of birth, no date of birth)
 * are left out of both counts. The children without a recorded sex are returned.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { DatasetCin } from '../../dataset.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

function withoutSex(data: DatasetCin, field: string, notRecorded: string): number[] {
  const children = rowsOf(data, 'ChildIdentifiers');
  const born = rowsWhere(
    children,
    (row) => !(text(row, 'ExpectedPersonBirthDate') !== null && text(row, 'PersonBirthDate') === null),
  );
  const missing = born.filter((i) => {
    const value = text(children[i], field);
    return value === null || value === notRecorded;
  });
  return born.length > 0 && missing.length / born.length > 0.02 ? missing : [];
}

export const rule2886QUntil2024: RuleCin = defineRule({
  code: '2886Q',
  message:
    'Please check and either amend or provide a reason: Percentage of children with no gender recorded is more than 2% (excluding unborns)',
  affectedFields: ['ExpectedPersonBirthDate', 'CINTable.ChildIdentifiers'],
  years: { from: 2023, to: 2024 },
  scope: 'return',
  tables: ['ChildIdentifiers'],
  validate(data) {
    return cellsFor('ChildIdentifiers', withoutSex(data, 'GenderCurrent', '0'), ['GenderCurrent']);
  },
});

export const rule2886QFrom2025: RuleCin = defineRule({
  code: '2886Q',
  message:
    'Please check and either amend or provide a reason: Percentage of children with no sex recorded is more than 2% (excluding unborns)',
  affectedFields: ['ExpectedPersonBirthDate', 'CINTable.ChildIdentifiers'],
  years: { from: 2025 },
  scope: 'return',
  tables: ['ChildIdentifiers'],
  validate(data) {
    return cellsFor('ChildIdentifiers', withoutSex(data, 'Sex', 'U'), ['Sex']);
  },
});

export const ruleVersions: RuleCin[] = [rule2886QUntil2024, rule2886QFrom2025];
