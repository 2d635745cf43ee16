/**
 * DfE rule 543: a child aged 10 or over at 31 March who has been looked after continuously for 12
 * months must have conviction information (OC2 CONVICTED).
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { continuouslyLookedAfterReadableEnds } from '../cohorts.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '543',
  message:
    'Child is aged 10 or over at 31 March and has been looked after continuously for 12 months yet conviction ' +
    'information has not been completed.',
  affectedFields: ['DOB', 'CONVICTED'],
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
          dob !== null && end > addYears(dob, 10) && cla.has(val(row, 'CHILD') ?? '') && val(row, 'CONVICTED') === null
        );
      }),
    );
  },
});
