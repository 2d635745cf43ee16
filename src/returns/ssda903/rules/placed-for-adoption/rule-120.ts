/** DfE rule 120: PlacedAdoption.REASON_PLACED_CEASED must be a valid code; a blank cell is allowed. Reason the adoption decision was reversed: RD1-RD4. */
import { defineRule } from '../../../rules/define-rule.ts';
import { REASON_PLACED_CEASED_CODES } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '120',
  message:
    'The reason for the reversal of the decision that the child should be placed for adoption code is not valid.',
  affectedFields: ['REASON_PLACED_CEASED'],
  tables: ['PlacedAdoption'],
  years: { from: FIRST_MODELLED_YEAR },
  validate: invalidCode('PlacedAdoption', 'REASON_PLACED_CEASED', REASON_PLACED_CEASED_CODES, false),
});
