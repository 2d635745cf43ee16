/**
 * DfE rule 221: the placement postcode must match the registered postcode of the URN's provider
 * (compared without spaces or case). Episodes without a placement postcode are left to other rules.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { providerDisagrees } from '../provider-rules.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { NEEDS_OFSTED_REGISTER } from '../coverage.ts';

function postcodeKey(cell: string | null): string | null {
  return cell === null ? null : cell.replace(/\s+/g, '').toUpperCase();
}

export const rule: Rule903 = defineRule({
  code: '221',
  message:
    "The Ofsted Unique reference number (URN) provided for the child's placement does not match the placement postcode provided.",
  affectedFields: ['PL_POST'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: NEEDS_OFSTED_REGISTER,
  validate: providerDisagrees((episode, provider) => {
    const placed = postcodeKey(val(episode, 'PL_POST'));
    return placed !== null && placed !== postcodeKey(val(provider, 'POSTCODE'));
  }),
});
