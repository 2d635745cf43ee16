/**
 * DfE rule 706 (from 2026-27): a DoLO still open at the end of last year must appear in this year's
 * return with the same start date. The open DoLO in last year's return is flagged (table DoLo_last),
 * since this year has no row to point at.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Row } from '../../dataset.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, lastRowsOf, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

/** The child and the DoLO start, as a key (the date as given when it is not a valid date). */
function startKey(row: Row): string {
  return `${val(row, 'CHILD')}|${dateOf(row, 'DOLO_START') ?? val(row, 'DOLO_START')}`;
}
export const rule: Rule903 = defineRule({
  code: '706',
  message:
    'There is an open DoLO in last year’s return and there is no corresponding DoLO recorded at the start of ' +
    'this year..',
  affectedFields: ['DOLO_START'],
  tables: ['DoLo'],
  years: { from: 2027 },
  validate(data) {
    if (!data.current.DoLo || !data.previous?.DoLo) return [];
    const thisYear = new Set(rowsOf(data, 'DoLo').map(startKey));
    return flagRows(
      'DoLo_last',
      whereRows(lastRowsOf(data, 'DoLo'), (row) => val(row, 'DOLO_END') === null && !thisYear.has(startKey(row))),
    );
  },
});
