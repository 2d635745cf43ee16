/** Check for rules 205A-205C: flag this year's UASC row (and Header row, when the flag came from it). */
import type { FlaggedRow } from '../../findings.ts';
import type { Dataset903 } from '../dataset.ts';
import { collectionEnd, collectionStart } from './dates.ts';
import { flagRows } from './rows.ts';
import { compareUascYears, type UascComparison } from './uasc-history.ts';

export function flagUascHistory(
  test: (row: UascComparison, period: { start: string; end: string }) => boolean,
): (data: Dataset903) => FlaggedRow[] {
  return (data) => {
    const comparison = compareUascYears(data);
    if (!comparison) return [];
    const period = { start: collectionStart(data), end: collectionEnd(data) };
    const bad = comparison.rows.filter((row) => test(row, period));
    const flags = flagRows(
      'UASC',
      bad.map((row) => row.uascIndex),
    );
    if (!comparison.reportHeader) return flags;
    return [
      ...flags,
      ...flagRows(
        'Header',
        bad.flatMap((row) => (row.headerIndex === undefined ? [] : [row.headerIndex])),
      ),
    ];
  };
}
