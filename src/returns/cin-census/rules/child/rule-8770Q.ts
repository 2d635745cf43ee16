/**
 * DfE 8770Q: a school-age child who is not only a referral with no further action should have a UPN, or a
 * reason it is unknown other than UN1 (UN1 is for children under 6 without one). Until 2023-24 the age test
 * is "more than 5" (6 or over on the reference date); from 2024-25 it is school age: born on or before
 * 31 August six years before the reference date's year.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { DatasetCin } from '../../dataset.ts';
import { text, yesNo } from '../cells.ts';
import { ageOn, dateOf } from '../dates.ts';
import { cellsFor, childOf, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

function missingUpn(data: DatasetCin, ofAge: (birth: string) => boolean): number[] {
  const furtherAction = new Set(
    rowsOf(data, 'CINdetails')
      .filter((row) => yesNo(text(row, 'ReferralNFA')) !== true)
      .map(childOf),
  );
  return rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => {
    const birth = dateOf(row, 'PersonBirthDate');
    if (birth === null || !ofAge(birth) || !furtherAction.has(childOf(row))) return false;
    const reason = text(row, 'UPNunknown');
    return text(row, 'UPN') === null && (reason === null || reason === 'UN1');
  });
}

export const rule8770QUntil2024: RuleCin = defineRule({
  code: '8770Q',
  message:
    'Please check and either amend data or provide a reason: UPN or reason UPN missing expected for a child who is more than 5 years old',
  affectedFields: ['UPN', 'UPNunknown'],
  years: { from: 2023, to: 2024 },
  tables: ['ChildIdentifiers', 'CINdetails', 'Header'],
  validate(data) {
    const rows = missingUpn(data, (birth) => ageOn(birth, data.meta.referenceDate) >= 6);
    return cellsFor('ChildIdentifiers', rows, ['UPN', 'UPNunknown']);
  },
});

export const rule8770QFrom2025: RuleCin = defineRule({
  code: '8770Q',
  message:
    'Please check and either amend data or provide a reason: UPN is missing or reason UPN is missing or is UN1 for a child who is of school age.',
  affectedFields: ['UPN', 'UPNunknown'],
  years: { from: 2025 },
  tables: ['ChildIdentifiers', 'CINdetails', 'Header'],
  validate(data) {
    const cutoff = `${Number(data.meta.referenceDate.slice(0, 4)) - 6}-08-31`;
    return cellsFor(
      'ChildIdentifiers',
      missingUpn(data, (birth) => birth <= cutoff),
      ['UPN', 'UPNunknown'],
    );
  },
});

export const ruleVersions: RuleCin[] = [rule8770QUntil2024, rule8770QFrom2025];
