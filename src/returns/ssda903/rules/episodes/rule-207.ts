/**
 * DfE rule 207: a child recorded as a mother last year (MOTHER 1) is still a mother this year. Only
 * children with an episode this year are checked.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { headerPairs } from '../last-year.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '207',
  message: 'Mother status for the current year disagrees with the mother status already recorded for this child.',
  affectedFields: ['MOTHER'],
  tables: ['Episodes', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const withEpisodes = new Set(rowsOf(data, 'Episodes').map((row) => val(row, 'CHILD')));
    return flagRows(
      'Header',
      headerPairs(data)
        .filter(
          ({ now, last }) =>
            withEpisodes.has(val(now, 'CHILD')) && val(last, 'MOTHER') === '1' && val(now, 'MOTHER') !== '1',
        )
        .map(({ index }) => index),
    );
  },
});
