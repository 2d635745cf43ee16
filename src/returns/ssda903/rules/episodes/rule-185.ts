/** DfE rule 185: an SDQ score is only for children in the OC2 cohort (looked after 12 months at 31 March). */
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { flagOc2Rows } from '../oc2-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '185',
  message:
    'Child has not been looked after continuously for at least 12 months at 31 March but a Strengths and Difficulties (SDQ) score has been completed.',
  affectedFields: ['SDQ_SCORE'],
  tables: ['Episodes', 'OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: flagOc2Rows((row, { inCohort }) => !inCohort && has(row, 'SDQ_SCORE')),
});
