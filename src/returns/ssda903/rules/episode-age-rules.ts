/** Check for the rules on the child's age when an episode ended with a given reason (386, 387, 389). */
import { addYears } from '../../../calendar/dates.ts';
import type { FlaggedRow } from '../../findings.ts';
import type { Dataset903 } from '../dataset.ts';
import { inCodes, val } from './cells.ts';
import { dateOf } from './dates.ts';
import { firstRowByChild, flagRows, rowsOf, whereRows } from './rows.ts';

/** Flags episodes ending (REC in `reasons`) when the child's age on DEC is outside what `ok` allows. */
export function ageAtEnd(reasons: string[], years: number, mustBeReached: boolean): (data: Dataset903) => FlaggedRow[] {
  return (data) => {
    const header = rowsOf(data, 'Header');
    const headerRow = firstRowByChild(header);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        if (!inCodes(val(row, 'REC'), reasons)) return false;
        const h = headerRow.get(val(row, 'CHILD') ?? '');
        const dob = h === undefined ? null : dateOf(header[h], 'DOB');
        const dec = dateOf(row, 'DEC');
        if (dob === null || dec === null) return false;
        const reached = addYears(dob, years) <= dec;
        return mustBeReached ? !reached : reached;
      }),
    );
  };
}
