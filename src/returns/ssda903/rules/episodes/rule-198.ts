/** DfE rule 198: a reason for no SDQ score is only for children in the OC2 cohort. */
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { flagOc2Rows } from '../oc2-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '198',
  message:
    'Child has not been looked after continuously for at least 12 months at 31 March but a reason for no Strengths and Difficulties (SDQ) score has been completed.',
  affectedFields: ['SDQ_REASON'],
  tables: ['Episodes', 'OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: flagOc2Rows((row, { inCohort }) => !inCohort && has(row, 'SDQ_REASON')),
});
