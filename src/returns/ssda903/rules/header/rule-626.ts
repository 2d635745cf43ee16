/**
 * DfE rule 626: a young person not a mother last year (MOTHER 0) who is a mother this year must have had
 * her first child this year, not before 1 April.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { joinLastYear } from '../joins.ts';
import { flagRows, rowsOf } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

/** MOTHER read as a number, as the open validator does ('1', '1.0' and 1 are all a mother). */
function motherFlag(cell: string | null): number | null {
  const value = cell === null ? NaN : Number(cell);
  return Number.isFinite(value) ? value : null;
}
export const rule: Rule903 = defineRule({
  code: '626',
  message:
    'Child was reported as a mother but the date of birth of the first child is before the current year which ' +
    'contradicts with the mother status recorded last year.',
  affectedFields: ['MOTHER', 'MC_DOB'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const header = rowsOf(data, 'Header');
    const flagged = joinLastYear(data, 'Header')
      .filter(([index, last]) => {
        const childDob = dateOf(header[index], 'MC_DOB');
        return (
          childDob !== null &&
          motherFlag(val(header[index], 'MOTHER')) === 1 &&
          motherFlag(val(last, 'MOTHER')) === 0 &&
          childDob < data.meta.collectionStart
        );
      })
      .map(([index]) => index);
    return flagRows('Header', flagged);
  },
});
