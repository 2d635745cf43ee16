/**
 * DfE 1530: characters 2-4 of a 13-character UPN must be a post-April-1998 LA code or a recognised
 * pseudo-LA code (list in codes.ts; 942 and 943 from 2023-24).
 */
import { upnLaCodes } from '../../../../codes/upn.ts';
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '1530',
  message: 'UPN invalid (characters 2-4 not a recognised LA code)',
  affectedFields: ['UPN'],
  years: { from: 2023 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    const codes = upnLaCodes(data.meta.year);
    const wrong = rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => {
      const upn = text(row, 'UPN');
      return upn !== null && upn.length === 13 && !codes.has(upn.slice(1, 4));
    });
    return cellsFor('ChildIdentifiers', wrong, ['UPN']);
  },
});
