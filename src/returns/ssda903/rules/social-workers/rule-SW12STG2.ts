/**
 * Social worker rule SW12STG2 (from 2023-24): social worker episodes are reported for the whole year
 * for a child looked after, including time not looked after. An episode that starts care (RNE S) needs a
 * social worker episode starting on or after its DECOM, and one that ends care (REC not X1) a social
 * worker episode starting on or before its DEC. Episodes ending before the previous collection year and
 * short breaks (V3/V4) are left out. The care episode is flagged.
 */
import { addYears } from '../../../../calendar/dates.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: 'SW12STG2',
  message:
    'If a child is looked after on 31 March then all social worker episodes for the full previous year should be ' +
    'reported, even those whilst they were not looked after',
  affectedFields: ['SW_DECOM'],
  tables: ['SWEpisodes', 'Episodes'],
  years: { from: 2024 },
  validate(data) {
    if (!data.current.SWEpisodes) return [];
    const sw = rowsOf(data, 'SWEpisodes');
    const byChild = groupByChild(sw);
    const from = addYears(data.meta.collectionStart, -1);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const dec = dateOf(row, 'DEC');
        const decom = dateOf(row, 'DECOM');
        const inRange = val(row, 'DEC') === null || (dec !== null && dec >= from && dec <= data.meta.collectionEnd);
        // An episode still open (no DEC, no REC) has not ended care: the child is looked after on 31 March
        // and needs a social worker episode reported; a blank REC is not "a reason other than X1".
        const open = val(row, 'DEC') === null && val(row, 'REC') === null && val(row, 'RNE') !== 'S';
        const endsCare = val(row, 'REC') !== null && val(row, 'REC') !== 'X1';
        const startsOrEndsCare = val(row, 'RNE') === 'S' || endsCare || open;
        if (!inRange || ['V3', 'V4'].includes(val(row, 'LS') ?? '') || !startsOrEndsCare) return false;
        const starts = (byChild.get(val(row, 'CHILD') ?? '') ?? []).map((i) => dateOf(sw[i], 'SW_DECOM'));
        const covered = starts.some(
          (start) =>
            start !== null &&
            ((open && start <= data.meta.collectionEnd) ||
              (dec !== null && start <= dec && endsCare) ||
              (decom !== null && start >= decom && val(row, 'RNE') === 'S')),
        );
        return !covered;
      }),
    );
  },
});
