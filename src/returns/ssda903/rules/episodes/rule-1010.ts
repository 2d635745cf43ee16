/**
 * DfE rule 1010: a child whose final episode last year was still open must have episodes this year; if
 * instead they appear only as a care leaver (OC3), the episode data is missing.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { blank, val } from '../cells.ts';
import { childIds, extremeByChild, flagRows, lastRowsOf, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '1010',
  message:
    'This child has no episodes loaded for current year even though there was an open episode of care at the end ' +
    'of the previous year, and care leaver data has been entered.',
  affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  tables: ['Episodes', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.Episodes || !data.previous?.Episodes) return [];
    const last = lastRowsOf(data, 'Episodes');
    const openAtYearEnd = new Set<string>();
    for (const [child, index] of extremeByChild(last, 'DECOM', 'latest')) {
      if (blank(last[index], 'DEC')) openAtYearEnd.add(child);
    }
    const withEpisodes = childIds(rowsOf(data, 'Episodes'));
    return flagRows(
      'OC3',
      whereRows(rowsOf(data, 'OC3'), (row) => {
        const child = val(row, 'CHILD') ?? '';
        return !withEpisodes.has(child) && openAtYearEnd.has(child);
      }),
    );
  },
});
