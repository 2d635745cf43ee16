/** DfE 8867: when an episode is closed, each of its assessments must be authorised (completed). */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, episodeOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8867',
  message: 'CIN episode is shown as closed, however Assessment is not shown as completed',
  affectedFields: ['CINclosureDate', 'AssessmentAuthorisationDate'],
  years: { from: 2023 },
  tables: ['CINdetails', 'Assessments'],
  validate(data) {
    const episodes = rowsOf(data, 'CINdetails');
    const assessments = rowsOf(data, 'Assessments');
    const open = joinRows(episodes, assessments, episodeOf).filter(
      ([i, j]) =>
        dateOf(episodes[i], 'CINclosureDate') !== null &&
        dateOf(assessments[j], 'AssessmentAuthorisationDate') === null,
    );
    return [
      ...cellsFor(
        'CINdetails',
        open.map(([i]) => i),
        ['CINclosureDate'],
      ),
      ...cellsFor(
        'Assessments',
        open.map(([, j]) => j),
        ['AssessmentAuthorisationDate'],
      ),
    ];
  },
});
