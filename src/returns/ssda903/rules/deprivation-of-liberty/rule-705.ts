/**
 * DfE rule 705 (from 2026-27): a child's DoLOs follow one another. Taking the child's DoLOs in the order
 * they are returned (DfE's "previous occurrence"), each must start on or after the previous one's start,
 * and the previous one must have ended (a DOLO_END that is blank or not a date counts as still open).
 * DoLOs without a start date are left to rule 700.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '705',
  message: 'A DoLO cannot start when the previous DoLO is still open.',
  affectedFields: ['DOLO_START', 'DOLO_END'],
  tables: ['DoLo'],
  years: { from: 2027 },
  validate(data) {
    const dolo = rowsOf(data, 'DoLo');
    const flagged: number[] = [];
    for (const indices of groupByChild(dolo).values()) {
      const started = indices.filter((i) => val(dolo[i], 'DOLO_START') !== null);
      for (let k = 1; k < started.length; k += 1) {
        const previous = dolo[started[k - 1]!];
        const start = dateOf(dolo[started[k]!], 'DOLO_START');
        const previousStart = dateOf(previous, 'DOLO_START');
        const previousOpen = dateOf(previous, 'DOLO_END') === null;
        const startsEarlier = start !== null && previousStart !== null && start < previousStart;
        if (previousOpen || startsEarlier) flagged.push(started[k]!);
      }
    }
    return flagRows('DoLo', flagged);
  },
});
