/** DfE 8585Q: an episode closed with reason RC2 (died) should go with a recorded date of death. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, childOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8585Q',
  message:
    'Please check and either amend or provide a reason: CIN episode shows Died as the Closure Reason, however child has no recorded Date of Death',
  affectedFields: ['ReasonForClosure', 'PersonDeathDate'],
  years: { from: 2023 },
  tables: ['CINdetails', 'ChildIdentifiers'],
  validate(data) {
    const episodes = rowsOf(data, 'CINdetails');
    const children = rowsOf(data, 'ChildIdentifiers');
    const wrong = joinRows(episodes, children, childOf).filter(
      ([i, j]) => text(episodes[i], 'ReasonForClosure') === 'RC2' && dateOf(children[j], 'PersonDeathDate') === null,
    );
    return [
      ...cellsFor(
        'ChildIdentifiers',
        wrong.map(([, j]) => j),
        ['PersonDeathDate'],
      ),
      ...cellsFor(
        'CINdetails',
        wrong.map(([i]) => i),
        ['ReasonForClosure'],
      ),
    ];
  },
});
