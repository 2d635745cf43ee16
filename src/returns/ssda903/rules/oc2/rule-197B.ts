/**
 * DfE rule 197B: a child in the OC2 cohort who turns 4 or 17 during the year needs an SDQ score or a
 * reason for not having one.
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { flagOc2Rows } from '../oc2-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '197B',
  message: 'SDQ score or reason for no SDQ should be reported for 4- or 17-year-olds.',
  affectedFields: ['SDQ_REASON', 'DOB'],
  tables: ['OC2', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: flagOc2Rows((row, { inCohort, dob, start, end }) => {
    if (!inCohort || dob === null || has(row, 'SDQ_SCORE') || has(row, 'SDQ_REASON')) return false;
    const fourth = addYears(dob, 4);
    const seventeenth = addYears(dob, 17);
    return (fourth >= start && fourth <= end) || (seventeenth >= start && seventeenth <= end);
  }),
});
