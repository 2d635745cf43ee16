/**
 * DfE 8606: a referral cannot be more than 40 weeks (280 days) before the child's date of birth, or the
 * expected date of birth where the child is not yet born.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { addDays, dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, childOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8606',
  message: 'Child referral date is more than 40 weeks before DOB or expected DOB',
  affectedFields: ['CINreferralDate', 'PersonBirthDate', 'ExpectedPersonBirthDate'],
  years: { from: 2023 },
  tables: ['CINdetails', 'ChildIdentifiers'],
  validate(data) {
    const episodes = rowsOf(data, 'CINdetails');
    const children = rowsOf(data, 'ChildIdentifiers');
    const early = joinRows(episodes, children, childOf).filter(([i, j]) => {
      const referral = dateOf(episodes[i], 'CINreferralDate');
      const birth = dateOf(children[j], 'PersonBirthDate') ?? dateOf(children[j], 'ExpectedPersonBirthDate');
      return referral !== null && birth !== null && referral < addDays(birth, -280);
    });
    return [
      ...cellsFor(
        'CINdetails',
        early.map(([i]) => i),
        ['CINreferralDate'],
      ),
      ...cellsFor(
        'ChildIdentifiers',
        early.map(([, j]) => j),
        ['PersonBirthDate', 'ExpectedPersonBirthDate'],
      ),
    ];
  },
});
