/** DfE rule 188: no SDQ score or reason for a child under 4 on 31 March. */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { flagOc2Rows } from '../oc2-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '188',
  message:
    'Child is aged under 4 years at the end of the year, but a Strengths and Difficulties (SDQ) score or a reason for no SDQ score has been completed.',
  affectedFields: ['SDQ_SCORE', 'SDQ_REASON'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: flagOc2Rows(
    (row, { dob, end }) => dob !== null && addYears(dob, 4) > end && (has(row, 'SDQ_SCORE') || has(row, 'SDQ_REASON')),
  ),
});
