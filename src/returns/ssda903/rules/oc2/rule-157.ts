/**
 * DfE rule 157: SDQ1 ("under 4 or over 16") cannot be the reason for no SDQ score for a child in the
 * OC2 cohort who was 4 or over on 1 April and 16 or under on 31 March.
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { has, val } from '../cells.ts';
import { continuouslyLookedAfter } from '../cohorts.ts';
import { collectionEnd, collectionStart, dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '157',
  message:
    'Child is aged 4 years or over at the beginning of the year or 16 years or under at the end of the year and ' +
    'Strengths and Difficulties Questionnaire (SDQ) 1 has been recorded as the reason for no Strengths and ' +
    'Difficulties Questionnaire (SDQ) score.',
  affectedFields: ['SDQ_REASON', 'DOB'],
  tables: ['OC2', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const cohort = continuouslyLookedAfter(data);
    const start = collectionStart(data);
    const end = collectionEnd(data);
    return flagRows(
      'OC2',
      whereRows(rowsOf(data, 'OC2'), (row) => {
        const dob = dateOf(row, 'DOB');
        return (
          cohort.has(val(row, 'CHILD') ?? '') &&
          dob !== null &&
          addYears(dob, 4) <= start &&
          addYears(dob, 16) >= end &&
          !has(row, 'SDQ_SCORE') &&
          val(row, 'SDQ_REASON') === 'SDQ1'
        );
      }),
    );
  },
});
