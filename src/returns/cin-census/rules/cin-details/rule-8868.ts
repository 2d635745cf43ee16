/**
 * DfE 8868: when an episode is closed, each of its S47 enquiries must be completed by exactly one of an
 * initial CPC date or ICPCnotRequired true. Neither, or both, is flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, episodeOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8868',
  message:
    'CIN episode is shown as closed, however Section 47 enquiry is not shown as completed by ICPC date or ICPC not required flag',
  affectedFields: ['ICPCnotRequired', 'CINclosureDate', 'DateOfInitialCPC'],
  years: { from: 2023 },
  tables: ['CINdetails', 'Section47'],
  validate(data) {
    const episodes = rowsOf(data, 'CINdetails');
    const enquiries = rowsOf(data, 'Section47');
    const wrong = joinRows(episodes, enquiries, episodeOf).filter(([i, j]) => {
      if (dateOf(episodes[i], 'CINclosureDate') === null) return false;
      const hasIcpc = dateOf(enquiries[j], 'DateOfInitialCPC') !== null;
      const notRequired = yesNo(text(enquiries[j]!, 'ICPCnotRequired')) === true;
      return hasIcpc === notRequired;
    });
    return [
      ...cellsFor(
        'Section47',
        wrong.map(([, j]) => j),
        ['DateOfInitialCPC', 'ICPCnotRequired'],
      ),
      ...cellsFor(
        'CINdetails',
        wrong.map(([i]) => i),
        ['CINclosureDate'],
      ),
    ];
  },
});
