/**
 * DfE rule 1008: a placement URN must be an Ofsted unique reference number on the provider register
 * (XXXXXXX is allowed for placements Ofsted does not register). Needs the register (meta.providerInfo);
 * without it nothing can be checked and nothing is flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { NEEDS_OFSTED_REGISTER } from '../coverage.ts';

export const rule: Rule903 = defineRule({
  code: '1008',
  message: 'Ofsted Unique Reference Number (URN) is not valid.',
  affectedFields: ['URN'],
  tables: ['Episodes'],
  years: { from: FIRST_MODELLED_YEAR },
  coverage: NEEDS_OFSTED_REGISTER,
  validate(data) {
    const register = data.meta.providerInfo;
    if (!register) return [];
    const urns = new Set(register.map((row) => val(row, 'URN')).filter((urn) => urn !== null));
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        const urn = val(row, 'URN');
        return urn !== null && urn !== 'XXXXXXX' && !urns.has(urn);
      }),
    );
  },
});
