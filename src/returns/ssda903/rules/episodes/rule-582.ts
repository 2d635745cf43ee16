/**
 * DfE rule 582 (a query in substance): a child adopted (REC E11/E12) is normally matched with adopters
 * before the adoption, so DEC equal to AD1 DATE_MATCH is flagged for checking.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { parseDate } from '../dates.ts';
import { flagRows, groupByChild, rowsOf, whereRows } from '../rows.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule: Rule903 = defineRule({
  code: '582',
  message:
    'Child is showing as ceasing to be looked after due to adoption, but the date of adoption is the same as the ' +
    'date reported for being matched with adopters. In most circumstances we expect the date the child is matched with ' +
    'adopters to be before the date of adoption.',
  affectedFields: ['DEC', 'DATE_MATCH'],
  tables: ['Episodes', 'AD1'],
  years: { from: FIRST_MODELLED_YEAR },
  validate(data) {
    const ad1 = rowsOf(data, 'AD1');
    const byChild = groupByChild(ad1);
    return flagRows(
      'Episodes',
      whereRows(rowsOf(data, 'Episodes'), (row) => {
        if (!['E11', 'E12'].includes(val(row, 'REC') ?? '')) return false;
        const dec = parseDate(val(row, 'DEC'));
        return (
          dec !== null &&
          (byChild.get(val(row, 'CHILD') ?? '') ?? []).some((a) => parseDate(val(ad1[a], 'DATE_MATCH')) === dec)
        );
      }),
    );
  },
});
