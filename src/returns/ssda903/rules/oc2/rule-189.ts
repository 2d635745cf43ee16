/** DfE rule 189: no SDQ score or reason for a young person aged 17 or over on 1 April. */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { flagOc2Rows } from '../oc2-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '189',
  message:
    'Child is aged 17 years or over at the beginning of the year, but an Strengths and Difficulties (SDQ) score or a reason for no Strengths and Difficulties (SDQ) score has been completed.',
  affectedFields: ['DOB', 'SDQ_SCORE', 'SDQ_REASON'],
  tables: ['OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: flagOc2Rows(
    (row, { dob, start }) =>
      dob !== null && addYears(dob, 17) <= start && (has(row, 'SDQ_SCORE') || has(row, 'SDQ_REASON')),
  ),
});
