/**
 * DfE rule 625: the first child's date of birth cannot be after 31 March, nor after the date the young
 * person's latest episode ended.
 */
import type { Dataset903 } from '../dataset.ts';
import { dateOf, defineRule, firstRowByChild, rowsOf } from './helpers.ts';
import { extremeByChild, flagTables } from './helpers-b.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  const header = rowsOf(data, 'Header');
  const episodes = rowsOf(data, 'Episodes');
  const headerRows = firstRowByChild(header);
  const eps: number[] = [];
  const headers: number[] = [];
  for (const [child, e] of extremeByChild(episodes, 'DEC', 'latest')) {
    const h = headerRows.get(child);
    const childDob = h === undefined ? null : dateOf(header[h], 'MC_DOB');
    if (h === undefined || childDob === null) continue;
    if (childDob > data.meta.collectionEnd || childDob > dateOf(episodes[e], 'DEC')!) {
      eps.push(e);
      headers.push(h);
    }
  }
  return flagTables({ Header: headers, Episodes: eps });
}

export const rule625: Rule903 = defineRule({
  code: '625',
  message: 'Date of birth of the first child is beyond the end of this reporting year or the date the child ceased to be '
    + 'looked after.',
  affectedFields: ['MC_DOB', 'DEC'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
