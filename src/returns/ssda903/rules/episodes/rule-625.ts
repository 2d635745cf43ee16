/**
 * DfE rule 625: the first child's date of birth cannot be after 31 March, nor after the date the young
 * person ceased to be looked after (her latest episode's DEC, when no episode is still open).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { extremeByChild, firstRowByChild, flagTables, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '625',
  message:
    'Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be ' +
    'looked after.',
  affectedFields: ['MC_DOB', 'DEC'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const header = rowsOf(data, 'Header');
    const episodes = rowsOf(data, 'Episodes');
    const headerRows = firstRowByChild(header);
    const eps: number[] = [];
    const headers: number[] = [];
    // A young person with an episode still open has not ceased to be looked after: only 31 March limits
    // her first child's date of birth (the latest DEC is that of an earlier episode).
    const stillLookedAfter = new Set(
      episodes
        .filter((row) => row['DEC'] === null || row['DEC'] === undefined || row['DEC'] === '')
        .map((row) => row['CHILD']),
    );
    for (const [child, e] of extremeByChild(episodes, 'DEC', 'latest')) {
      const h = headerRows.get(child);
      const childDob = h === undefined ? null : dateOf(header[h], 'MC_DOB');
      if (h === undefined || childDob === null) continue;
      const ceased = stillLookedAfter.has(child) ? data.meta.collectionEnd : dateOf(episodes[e], 'DEC')!;
      if (childDob > data.meta.collectionEnd || childDob > ceased) {
        eps.push(e);
        headers.push(h);
      }
    }
    return flagTables({ Header: headers, Episodes: eps });
  },
});
