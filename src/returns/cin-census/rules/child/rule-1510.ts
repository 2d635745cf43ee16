/**
 * DfE 1510: a UPN's first character is its check letter. Characters 2-13 are weighted 2..13, summed,
 * and the remainder mod 23 indexes A-Z without I, O and S. Only 13-character UPNs whose characters 2-13
 * are all digits are checked: temporary UPNs (letter at 13) and malformed ones are left to 1540/1550.
 */
import { upnCheckLetter } from '../../../../codes/upn.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '1510',
  message: 'UPN invalid (wrong check letter at character 1)',
  affectedFields: ['UPN'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    const rows = rowsOf(data, 'ChildIdentifiers');
    const wrong = rowsWhere(rows, (row) => {
      const upn = text(row, 'UPN');
      if (upn === null || upn.length !== 13 || !/^\d{12}$/.test(upn.slice(1))) return false;
      return upnCheckLetter(upn.slice(1)) !== upn[0];
    });
    return cellsFor('ChildIdentifiers', wrong, ['UPN']);
  },
});
