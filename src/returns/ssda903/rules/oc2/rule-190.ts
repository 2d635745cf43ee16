/** DfE rule 190: OC2 outcome items are only for children in the OC2 cohort. */
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { OC2_OUTCOME_FIELDS } from '../codes.ts';
import { flagOc2Rows } from '../oc2-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '190',
  message:
    'Child has not been looked after continuously for at least 12 months at 31 March but one or more data items relating to children looked after for 12 months have been completed.',
  affectedFields: [...OC2_OUTCOME_FIELDS],
  tables: ['OC2', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: flagOc2Rows((row, { inCohort }) => !inCohort && OC2_OUTCOME_FIELDS.some((f) => has(row, f))),
});
