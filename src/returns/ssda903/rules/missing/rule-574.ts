/**
 * DfE rule 574: a child's missing periods cannot overlap, and a new one cannot start while the previous
 * one is still open. Periods are ordered by end date (the start where there is no end), then start.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Row } from '../../dataset.ts';
import { compareDates, dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

function order(rows: Row[]) {
  const endOrStart = (i: number) => dateOf(rows[i], 'MIS_END') ?? dateOf(rows[i], 'MIS_START');
  return (a: number, b: number) =>
    compareDates(endOrStart(a), endOrStart(b)) ||
    compareDates(dateOf(rows[a], 'MIS_START'), dateOf(rows[b], 'MIS_START')) ||
    a - b;
}
export const rule: Rule903 = defineRule({
  code: '574',
  message:
    'A new missing/away from placement without authorisation period cannot start when the previous missing/away ' +
    'from placement without authorisation period is still open. Missing/away from placement without authorisation ' +
    'periods should also not overlap.',
  affectedFields: ['MIS_START', 'MIS_END'],
  tables: ['Missing'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const missing = rowsOf(data, 'Missing');
    const flagged: number[] = [];
    for (const indices of groupByChild(missing).values()) {
      const ordered = [...indices].sort(order(missing));
      for (let i = 1; i < ordered.length; i += 1) {
        const previousEnd = dateOf(missing[ordered[i - 1]!], 'MIS_END');
        const start = dateOf(missing[ordered[i]!], 'MIS_START');
        if (previousEnd === null || (start !== null && start < previousEnd)) flagged.push(ordered[i]!);
      }
    }
    return flagRows('Missing', flagged);
  },
});
