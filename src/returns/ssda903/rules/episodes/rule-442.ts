/**
 * DfE rule 442: a child with any episode other than a short break (LS V3/V4) must have a UPN (or a
 * UN1-UN5 reason code) in the Header.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '442',
  message: 'Unique Pupil Number (UPN) field is not completed.',
  affectedFields: ['UPN'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const byChild = groupByChild(rowsOf(data, 'Episodes'));
    const episodes = rowsOf(data, 'Episodes');
    const flagged: number[] = [];
    rowsOf(data, 'Header').forEach((row, index) => {
      const own = byChild.get(val(row, 'CHILD') ?? '') ?? [];
      const notShortBreak = own.some((i) => !['V3', 'V4'].includes(val(episodes[i], 'LS') ?? ''));
      if (notShortBreak && val(row, 'UPN') === null) flagged.push(index);
    });
    return flagRows('Header', flagged);
  },
});
