/** DfE rule 546: HEALTH_CHECK (development assessment) is only for children under 5 at 31 March. */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { continuouslyLookedAfterReadableEnds } from '../cohorts.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '546',
  message: 'Children aged 5 or over at 31 March should not have health promotion information completed.',
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
          end >= addYears(dob, 5) &&
          cla.has(val(row, 'CHILD') ?? '') &&
          val(row, 'HEALTH_CHECK') !== null
        );
      }),
    );
  },
});
