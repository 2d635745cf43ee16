/**
 * Checks for the placement rules measured in years of age at the start of the placement (370-374)
 * or in days of the placement's length (375, 376, 379).
 */
import { addDays, addYears } from '../../../calendar/dates.ts';
import type { FlaggedRow } from '../../findings.ts';
import type { Dataset903 } from '../dataset.ts';
import { val } from './cells.ts';
import { dateOf } from './dates.ts';
import { firstRowByChild, flagRows, rowsOf, whereRows } from './rows.ts';

/** Flags episodes in `place` that start before the child's `minAge`th birthday. */
export function placedUnderAge(place: string, minAge: number): (data: Dataset903) => FlaggedRow[] {
  return (data) => {
    const header = rowsOf(data, 'Header');
    const headerRow = firstRowByChild(header);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        if (val(row, 'PLACE') !== place) return false;
        const h = headerRow.get(val(row, 'CHILD') ?? '');
        const dob = h === undefined ? null : dateOf(header[h], 'DOB');
        const decom = dateOf(row, 'DECOM');
        return dob !== null && decom !== null && decom < addYears(dob, minAge);
      }),
    );
  };
}

/** Flags ended episodes in `place` lasting more than `maxDays` (open ones cannot be measured yet). */
export function placedLongerThan(place: string, maxDays: number): (data: Dataset903) => FlaggedRow[] {
  return (data) =>
    flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const decom = dateOf(row, 'DECOM');
        const dec = dateOf(row, 'DEC');
        return val(row, 'PLACE') === place && decom !== null && dec !== null && dec > addDays(decom, maxDays);
      }),
    );
}
