/**
 * DfE rule 205D: a child UASC this year who was in last year's return should have been UASC then
 * too. Flags the Header row (XML, or CSV with the flag in the Header) or else the UASC row.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { flagRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';
import { uascFlags } from '../uasc-history.ts';

export const rule: Rule903 = defineRule({
  code: '205D',
  message: 'Child identified as UASC this year but not identified as UASC status provided for the child last year.',
  affectedFields: ['UASC', 'CHILD'],
  tables: ['UASC', 'Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const header = data.current.Header;
    const uasc = data.current.UASC;
    const headerLast = data.previous?.Header;
    const uascLast = data.previous?.UASC;
    if ((!header && !uasc) || (!headerLast && !uascLast)) return [];
    const now = uascFlags(header, uasc ?? []);
    const last = uascFlags(headerLast, uascLast ?? []);
    const table = now.fromHeader ? 'Header' : 'UASC';
    const rows = (now.fromHeader ? header : uasc) ?? [];
    const flagged: number[] = [];
    rows.forEach((row, i) => {
      const child = row['CHILD'] ?? null;
      if (child === null || !last.flags.has(child)) return;
      if (now.flags.get(child) === '1' && last.flags.get(child) !== '1') flagged.push(i);
    });
    return flagRows(table, flagged);
  },
});
