/**
 * DfE rule 1001: care leaver information (OC3) is only for relevant or former relevant children: looked
 * after for at least 13 weeks (91 days) since their 14th birthday, including some time since their 16th
 * birthday, and not adopted at the end. Short breaks (V3/V4) do not count. Only this year's and last
 * year's episodes are seen (hence the DfE note about false positives); the final episode, if open, is
 * counted to 31 March. Young people 20 or over at 31 March, or with no usable date of birth, have no
 * qualifying time in the data and are flagged, as the open validator does.
 */
import { addYears, daysBetween } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import type { Dataset903, Row } from '../../dataset.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { firstRowByChild, flagRows, groupByChild, lastRowsOf, orderedBy, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

/** This year's and last year's episodes, an episode in both returns counted once (the one with a DEC). */
function combinedEpisodes(data: Dataset903): Row[] {
  const all = [...rowsOf(data, 'Episodes'), ...lastRowsOf(data, 'Episodes')];
  const byKey = new Map<string, Row>();
  for (const row of all) {
    const key = `${val(row, 'CHILD')}|${dateOf(row, 'DECOM')}`;
    const kept = byKey.get(key);
    const dec = dateOf(row, 'DEC');
    const keptDec = kept ? dateOf(kept, 'DEC') : null;
    if (!kept || (dec !== null && (keptDec === null || dec < keptDec))) byKey.set(key, row);
  }
  return [...byKey.values()];
}

/**
 * Days in care on or after `from`, summed over the child's episodes; the final episode (`open`), if it
 * has no DEC, runs to `end`. Other episodes without both dates add nothing.
 */
function daysSince(episodes: Row[], open: Row | undefined, from: string, end: string): number {
  let total = 0;
  for (const row of episodes) {
    const decom = dateOf(row, 'DECOM');
    const dec = dateOf(row, 'DEC') ?? (row === open ? end : null);
    if (decom === null || dec === null) continue;
    total += Math.max(0, daysBetween(decom > from ? decom : from, dec));
  }
  return total;
}
export const rule: Rule903 = defineRule({
  code: '1001',
  message:
    'The episodes recorded for this young person suggest they are not a relevant or a former relevant child and ' +
    'therefore should not have care leaver information completed. [NOTE: This tool can only test the current and ' +
    'previous year data loaded into the tool - this check may generate false positives if a child had episodes prior to ' +
    "last year's collection.]",
  affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  tables: ['Episodes', 'OC3', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const tables = [data.current.Episodes, data.current.OC3, data.current.Header, data.previous?.Episodes];
    if (tables.some((table) => !table || table.length === 0)) return [];
    const end = data.meta.collectionEnd;
    const header = rowsOf(data, 'Header');
    const headerRows = firstRowByChild(header);
    const episodes = combinedEpisodes(data);
    const byChild = groupByChild(episodes);
    return flagRows(
      'OC3',
      whereRows(rowsOf(data, 'OC3'), (row) => {
        const child = val(row, 'CHILD') ?? '';
        const own = orderedBy(episodes, byChild.get(child) ?? [], 'DECOM');
        const final = own.filter((i) => dateOf(episodes[i], 'DECOM') !== null).at(-1);
        const adopted =
          final !== undefined && ['E11', 'E12'].includes((val(episodes[final], 'REC') ?? '').toUpperCase());
        const h = headerRows.get(child);
        const dob = h === undefined ? null : dateOf(header[h], 'DOB');
        if (adopted || dob === null || addYears(dob, 20) <= end) return true;
        const counted = own
          .map((i) => episodes[i]!)
          .filter((ep) => !['V3', 'V4'].includes((val(ep, 'LS') ?? '').toUpperCase()));
        if (counted.length === 0) return true;
        const open = final === undefined ? undefined : episodes[final];
        const from14 = daysSince(counted, open, addYears(dob, 14), end);
        return !(from14 >= 91 && daysSince(counted, open, addYears(dob, 16), end) >= 1);
      }),
    );
  },
});
