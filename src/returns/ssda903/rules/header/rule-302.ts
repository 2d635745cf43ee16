/** DfE rule 302: a child's first episode cannot start before their date of birth. */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { episodesByChild } from '../episodes.ts';
import { firstRowByChild, flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '302',
  message: 'First episode starts before child was born.',
  affectedFields: ['DECOM', 'DOB'],
  tables: ['Header', 'Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const header = rowsOf(data, 'Header');
    const episodes = rowsOf(data, 'Episodes');
    const headerRow = firstRowByChild(header);
    const badEpisodes: number[] = [];
    const badHeader: number[] = [];
    for (const [child, ordered] of episodesByChild(episodes)) {
      const first = ordered[0];
      const h = headerRow.get(child);
      if (first === undefined || h === undefined) continue;
      const decom = dateOf(episodes[first], 'DECOM');
      const dob = dateOf(header[h], 'DOB');
      if (decom !== null && dob !== null && decom < dob) {
        badEpisodes.push(first);
        badHeader.push(h);
      }
    }
    return [...flagRows('Episodes', badEpisodes), ...flagRows('Header', badHeader)];
  },
});
