/** Builder for the rules on the child's age when an episode ended with a given reason (386, 387, 389). */
import { addYears, dateOf, defineRule, firstRowByChild, flagRows, inCodes, rowsOf, val, whereRows, type RuleSpec } from './helpers.ts';
import type { Rule903 } from './rule.ts';

/** Flags episodes ending (REC in `reasons`) when the child's age on DEC is outside what `ok` allows. */
export function ageAtEndRule(spec: RuleSpec, reasons: string[], years: number, mustBeReached: boolean): Rule903 {
  return defineRule(spec, (data) => {
    const header = rowsOf(data, 'Header');
    const headerRow = firstRowByChild(header);
    return flagRows('Episodes', whereRows(rowsOf(data, 'Episodes'), (row) => {
      if (!inCodes(val(row, 'REC'), reasons)) return false;
      const h = headerRow.get(val(row, 'CHILD') ?? '');
      const dob = h === undefined ? null : dateOf(header[h], 'DOB');
      const dec = dateOf(row, 'DEC');
      if (dob === null || dec === null) return false;
      const reached = addYears(dob, years) <= dec;
      return mustBeReached ? !reached : reached;
    }));
  });
}
