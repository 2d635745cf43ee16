/** DfE 1103: an assessment cannot start before the referral date of its episode. Joined to the referral by child and episode (CINdetailsID). */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, episodeOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '1103',
  message: 'The assessment start date cannot be before the referral date',
  affectedFields: ['AssessmentActualStartDate', 'CINreferralDate'],
  years: { from: 2023 },
  tables: ['Assessments', 'CINdetails'],
  validate(data) {
    const rows = rowsOf(data, 'Assessments');
    const episodes = rowsOf(data, 'CINdetails');
    const wrong = joinRows(rows, episodes, episodeOf).filter(([i, j]) => {
      const date = dateOf(rows[i], 'AssessmentActualStartDate');
      const referral = dateOf(episodes[j], 'CINreferralDate');
      return date !== null && referral !== null && date < referral;
    });
    return [
      ...cellsFor('Assessments', wrong.map(([i]) => i), ['AssessmentActualStartDate']),
      ...cellsFor('CINdetails', wrong.map(([, j]) => j), ['CINreferralDate']),
    ];
  },
});
