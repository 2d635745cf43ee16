/**
 * DfE 1530: characters 2-4 of a 13-character UPN must be a post-April-1998 LA code or a recognised
 * pseudo-LA code (list in codes.ts; 942 and 943 from 2023-24).
 */
import { defineRule } from './rule.ts';
import { upnLaCodes } from './codes.ts';
import { cellsFor, rowsOf, rowsWhere, text } from './helpers.ts';

export const rule = defineRule({
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
