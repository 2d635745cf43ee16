/**
 * DfE rule 165: MOTHER (whether the child is a mother) must be 0 or 1, blank for boys, and given for
 * girls looked after in the year; a girl with no episode in the year who has care-leaver (OC3) data
 * should not have it. Only children with an episode other than a short break (V3/V4) are checked.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { has, inCodes, val } from '../cells.ts';
import { isFemale, isMale, RESPITE_LS } from '../codes.ts';
import { collectionEnd, collectionStart, dateOf } from '../dates.ts';
import { flagRows, groupByChild, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '165',
  message: 'Data entry for mother status is invalid.',
  affectedFields: ['MOTHER', 'SEX', 'ACTIV', 'ACCOM', 'IN_TOUCH', 'DECOM'],
  tables: ['Header', 'Episodes', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const start = collectionStart(data);
    const end = collectionEnd(data);
    const year = data.meta.year;
    const episodes = rowsOf(data, 'Episodes');
    const inYear = new Map<string, boolean>();
    episodes.forEach((row) => {
      const child = val(row, 'CHILD');
      if (child === null || inCodes(val(row, 'LS'), RESPITE_LS)) return;
      const decom = dateOf(row, 'DECOM');
      const dec = dateOf(row, 'DEC') ?? end;
      const during = decom !== null && dec >= start && decom <= end;
      inYear.set(child, (inYear.get(child) ?? false) || during);
    });
    const oc3 = rowsOf(data, 'OC3');
    const oc3ByChild = groupByChild(oc3);
    const header = rowsOf(data, 'Header');
    const badHeader: number[] = [];
    const badOc3: number[] = [];
    header.forEach((row, i) => {
      const child = val(row, 'CHILD') ?? '';
      const eps = inYear.get(child);
      if (eps === undefined) return;
      const mother = val(row, 'MOTHER');
      const sex = val(row, 'SEX');
      const leaverRows = oc3ByChild.get(child) ?? [];
      const hasOc3 = leaverRows.some((j) => ['ACTIV', 'ACCOM', 'IN_TOUCH'].some((f) => has(oc3[j], f)));
      const bad =
        (mother !== null && mother !== '0' && mother !== '1') ||
        (mother !== null && isMale(sex, year)) ||
        (mother === null && isFemale(sex, year) && eps) ||
        (mother !== null && isFemale(sex, year) && !eps && hasOc3);
      if (bad) {
        badHeader.push(i);
        badOc3.push(...leaverRows);
      }
    });
    return [...flagRows('Header', badHeader), ...flagRows('OC3', badOc3)];
  },
});
