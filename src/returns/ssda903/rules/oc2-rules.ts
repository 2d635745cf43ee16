/**
 * Builder for the OC2 rules that depend on whether the child was looked after continuously for 12
 * months at 31 March (the OC2 cohort) and on the child's age at the start or end of the year.
 */
import type { FlaggedRow } from '../../findings.ts';
import type { Dataset903, Row } from '../dataset.ts';
import { val } from './cells.ts';
import { continuouslyLookedAfter } from './cohorts.ts';
import { collectionEnd, collectionStart, dateOf } from './dates.ts';
import { flagRows, rowsOf, whereRows } from './rows.ts';

export interface Oc2Context {
  /** True when the child is in the OC2 cohort. */
  inCohort: boolean;
  dob: string | null;
  start: string;
  end: string;
}

/** The `validate` of a rule over OC2 rows: `test` sees the row and its cohort and dates. */
export function flagOc2Rows(test: (row: Row, context: Oc2Context) => boolean): (data: Dataset903) => FlaggedRow[] {
  return (data) => {
    const cohort = continuouslyLookedAfter(data);
    const start = collectionStart(data);
    const end = collectionEnd(data);
    return flagRows(
      'OC2',
      whereRows(rowsOf(data, 'OC2'), (row) =>
        test(row, {
          inCohort: cohort.has(val(row, 'CHILD') ?? ''),
          dob: dateOf(row, 'DOB'),
          start,
          end,
        }),
      ),
    );
  };
}
