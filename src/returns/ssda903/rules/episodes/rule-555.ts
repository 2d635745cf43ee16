/**
 * DfE rule 555: a freeing order (LS D1) needs a decision that the child should be placed for adoption;
 * while the D1 episode is open that decision cannot have ceased.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { orderWithoutDecision } from '../episodes.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '555',
  message:
    'Freeing order has been granted but there is no date of decision that the child should be placed for ' +
    'adoption.',
  affectedFields: ['CHILD', 'DATE_PLACED', 'DATE_PLACED_CEASED', 'REASON_PLACED_CEASED'],
  tables: ['Episodes', 'PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR, to: 2024 },
  validate(data) {
    if (!data.current.PlacedAdoption) return [];
    return orderWithoutDecision(data, 'D1');
  },
});
