/**
 * DfE rule 545: a child under 5 at 31 March looked after continuously for 12 months must have
 * development (health promotion) information, HEALTH_CHECK.
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { continuouslyLookedAfterReadableEnds } from '../cohorts.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '545',
  message:
    'Child is aged under 5 at 31 March and has been looked after continuously for 12 months yet health promotion ' +
    'information has not been completed.',
  affectedFields: ['DOB', 'HEALTH_CHECK'],
  tables: ['Episodes', 'OC2'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.Episodes) return [];
    const end = data.meta.collectionEnd;
    const cla = continuouslyLookedAfterReadableEnds(data);
    return flagRows(
      'OC2',
      whereRows(rowsOf(data, 'OC2'), (row) => {
        const dob = dateOf(row, 'DOB');
        return (
          dob !== null &&
          end < addYears(dob, 5) &&
          cla.has(val(row, 'CHILD') ?? '') &&
          val(row, 'HEALTH_CHECK') === null
        );
      }),
    );
  },
});
