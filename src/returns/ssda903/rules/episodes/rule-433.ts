/**
 * DfE rule 433: a continuation episode (RNE P, L, T, U or B) must start on the day the child's previous
 * episode ended. A missing date on either side counts as a mismatch.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const CONTINUATION = ['P', 'L', 'T', 'U', 'B'];

/** Orders by DECOM then DEC, undated last, then table order (as the open validator sorts). */
function byStartThenEnd(rows: ReturnType<typeof rowsOf>) {
  const key = (i: number) => [dateOf(rows[i], 'DECOM') ?? '\uffff', dateOf(rows[i], 'DEC') ?? '\uffff'] as const;
  return (a: number, b: number) => {
    const [sa, ea] = key(a);
    const [sb, eb] = key(b);
    return sa < sb ? -1 : sa > sb ? 1 : ea < eb ? -1 : ea > eb ? 1 : a - b;
  };
}
export const rule: Rule903 = defineRule({
  code: '433',
  message:
    'The reason for new episode suggests that this is a continuation episode, but the episode does not start on ' +
    'the same day as the last episode finished.',
  affectedFields: ['RNE', 'DECOM'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const flagged: number[] = [];
    for (const indices of groupByChild(episodes).values()) {
      const ordered = [...indices].sort(byStartThenEnd(episodes));
      for (let i = 1; i < ordered.length; i += 1) {
        const current = episodes[ordered[i]!];
        if (!CONTINUATION.includes((val(current, 'RNE') ?? '').toUpperCase())) continue;
        const previousDec = dateOf(episodes[ordered[i - 1]!], 'DEC');
        const decom = dateOf(current, 'DECOM');
        if (previousDec === null || decom === null || previousDec !== decom) flagged.push(ordered[i]!);
      }
    }
    return flagRows('Episodes', flagged);
  },
});
