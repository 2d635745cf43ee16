/**
 * DfE rule 1011: a child whose final episode ended with care transferred to another local authority
 * (REC E3) is that authority's care leaver, so this council returns no care leaver information.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { extremeByChild, flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '1011',
  message:
    'This child is recorded as having his/her care transferred to another local authority for the final episode ' +
    'and therefore should not have the care leaver information completed.',
  affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  tables: ['Episodes', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const episodes = rowsOf(data, 'Episodes');
    const transferred = new Set<string>();
    for (const [child, index] of extremeByChild(episodes, 'DECOM', 'latest')) {
      if (val(episodes[index], 'REC') === 'E3') transferred.add(child);
    }
    return flagRows(
      'OC3',
      whereRows(
        rowsOf(data, 'OC3'),
        (row) =>
          transferred.has(val(row, 'CHILD') ?? '') &&
          ['IN_TOUCH', 'ACTIV', 'ACCOM'].some((item) => val(row, item) !== null),
      ),
    );
  },
});
