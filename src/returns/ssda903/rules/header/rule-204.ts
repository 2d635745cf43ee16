/** DfE rule 204: the ethnic origin must match last year's return (ignoring letter case). */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { headerPairs } from '../last-year.ts';
import { flagRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '204',
  message: 'Ethnic origin code disagrees with the ethnic origin already recorded for this child.',
  affectedFields: ['ETHNIC'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Header',
      headerPairs(data)
        .filter(({ now, last }) => val(now, 'ETHNIC')?.toUpperCase() !== val(last, 'ETHNIC')?.toUpperCase())
        .map(({ index }) => index),
    );
  },
});
