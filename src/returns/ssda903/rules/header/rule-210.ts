/**
 * DfE rule 210, as the validation rule is written: if UPN is UN4 then no episode may start (DECOM) on
 * or after 24 March of the collection year. Each such episode and the child's Header row are flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { collectionEnd, dateOf } from '../dates.ts';
import { firstRowByChild, flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '210',
  message:
    'Children looked after for more than a week at 31 March should not have an unknown Unique Pupil Number (UPN) code of UN4.',
  affectedFields: ['UPN', 'DECOM'],
  tables: ['Header', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const reference = `${collectionEnd(data).slice(0, 4)}-03-24`;
    const header = rowsOf(data, 'Header');
    const headerRow = firstRowByChild(header);
    const badEpisodes: number[] = [];
    const badHeader: number[] = [];
    rowsOf(data, 'Episodes').forEach((row, i) => {
      const h = headerRow.get(val(row, 'CHILD') ?? '');
      const decom = dateOf(row, 'DECOM');
      if (h !== undefined && val(header[h], 'UPN') === 'UN4' && decom !== null && decom >= reference) {
        badEpisodes.push(i);
        badHeader.push(h);
      }
    });
    return [...flagRows('Episodes', badEpisodes), ...flagRows('Header', badHeader)];
  },
});
