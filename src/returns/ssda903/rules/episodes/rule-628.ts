/**
 * DfE rule 628: a care leaver who was not looked after during the year (no episodes, but OC3 care leaver
 * information) should not have motherhood details.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { childIds, flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '628',
  message: 'Motherhood details are not required for care leavers who have not been looked after during the year.',
  affectedFields: ['MOTHER'],
  tables: ['Episodes', 'Header', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    if (!data.current.Episodes || !data.current.OC3) return [];
    const withEpisodes = childIds(rowsOf(data, 'Episodes'));
    const careLeavers = childIds(
      rowsOf(data, 'OC3').filter((row) => ['IN_TOUCH', 'ACTIV', 'ACCOM'].some((item) => val(row, item) !== null)),
    );
    return flagRows(
      'Header',
      whereRows(rowsOf(data, 'Header'), (row) => {
        const child = val(row, 'CHILD') ?? '';
        return !withEpisodes.has(child) && careLeavers.has(child) && val(row, 'MOTHER') !== null;
      }),
    );
  },
});
