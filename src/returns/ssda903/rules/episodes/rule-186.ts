/**
 * DfE rule 186: a child in the OC2 cohort aged 4 or over on 1 April and under 17 on 31 March needs an
 * SDQ score or a reason for not having one.
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { has } from '../cells.ts';
import { flagOc2Rows } from '../oc2-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '186',
  message:
    'Children aged 4 or over at the start of the year and children aged under 17 at the end of the year and who ' +
    'have been looked after for at least 12 months continuously should have a Strengths and Difficulties (SDQ) ' +
    'score completed.',
  affectedFields: ['SDQ_SCORE'],
  tables: ['Episodes', 'OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: flagOc2Rows(
    (row, { inCohort, dob, start, end }) =>
      inCohort &&
      dob !== null &&
      addYears(dob, 4) <= start &&
      addYears(dob, 17) > end &&
      !has(row, 'SDQ_SCORE') &&
      !has(row, 'SDQ_REASON'),
  ),
});
