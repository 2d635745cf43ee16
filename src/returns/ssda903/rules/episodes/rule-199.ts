/**
 * DfE rule 199: a child adopted from care (REC E11 or E12) should not come back into care. Looking
 * at this year's and last year's episodes in date order, every episode after the first adoption is
 * flagged (only this year's rows are reported).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, lastRowsOf, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const ADOPTED = ['E11', 'E12'];

export const rule: Rule903 = defineRule({
  code: '199',
  message:
    'Episode information shows child has been previously adopted from care. [NOTE: This only tests the current and previous year data loaded into the tool]',
  affectedFields: ['CHILD'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    type Entry = { child: string; decom: string; adopted: boolean; current: number | null };
    const entries: Entry[] = [];
    const add = (rows: ReturnType<typeof rowsOf>, current: boolean) =>
      rows.forEach((row, i) => {
        const decom = dateOf(row, 'DECOM');
        const child = val(row, 'CHILD');
        if (decom === null || child === null) return;
        entries.push({ child, decom, adopted: ADOPTED.includes(val(row, 'REC') ?? ''), current: current ? i : null });
      });
    add(rowsOf(data, 'Episodes'), true);
    add(lastRowsOf(data, 'Episodes'), false);
    // Stable sort keeps this year's rows ahead of last year's on the same start date.
    entries.sort((a, b) => (a.decom < b.decom ? -1 : a.decom > b.decom ? 1 : 0));
    const adoptions = new Map<string, number>();
    const flagged: number[] = [];
    for (const entry of entries) {
      const count = (adoptions.get(entry.child) ?? 0) + (entry.adopted ? 1 : 0);
      adoptions.set(entry.child, count);
      const firstAdoption = count === 1 && entry.adopted;
      if (count > 0 && !firstAdoption && entry.current !== null) flagged.push(entry.current);
    }
    return flagRows('Episodes', flagged);
  },
});
