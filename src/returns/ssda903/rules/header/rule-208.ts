/**
 * DfE rule 208: the UPN must match last year's (ignoring case). Allowed changes: from an unknown code
 * or blank to a real UPN, from UN1 or blank to UN2-UN5, and a child blank in both years is left to
 * the missing-UPN rules.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { inCodes, val } from '../cells.ts';
import { UPN_UNKNOWN_CODES } from '../codes.ts';
import { headerPairs } from '../last-year.ts';
import { flagRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

const UN2_TO_UN5 = ['UN2', 'UN3', 'UN4', 'UN5'];

export const rule: Rule903 = defineRule({
  code: '208',
  message:
    'Unique Pupil Number (UPN) for the current year disagrees with the Unique Pupil Number (UPN) already recorded for this child.',
  affectedFields: ['UPN'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    return flagRows(
      'Header',
      headerPairs(data)
        .filter(({ now: nowRow, last: lastRow }) => {
          const now = val(nowRow, 'UPN')?.toUpperCase() ?? null;
          const last = val(lastRow, 'UPN')?.toUpperCase() ?? null;
          if (now === last) return false;
          const unknownToLaterCode = (last === 'UN1' || last === null) && inCodes(now, UN2_TO_UN5);
          const unknownToKnown =
            (last === null || inCodes(last, UPN_UNKNOWN_CODES)) && now !== null && !inCodes(now, UPN_UNKNOWN_CODES);
          return !unknownToLaterCode && !unknownToKnown;
        })
        .map(({ index }) => index),
    );
  },
});
