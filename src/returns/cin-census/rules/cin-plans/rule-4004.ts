/** DfE 4004: within one episode (CINdetails) only one CIN plan may be open (no end date); all open plans are flagged. */
import { defineRule } from '../../../rules/define-rule.ts';
import { text } from '../cells.ts';
import { cellsFor, episodeOf, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '4004',
  message: 'This child is showing more than one open CIN Plan, i.e. with no End Date',
  affectedFields: ['CINPlanEndDate'],
  years: { from: 2023 },
  tables: ['CINplanDates'],
  validate(data) {
    const groups = groupRows(rowsOf(data, 'CINplanDates'), (row) =>
      text(row, 'CINPlanEndDate') === null ? episodeOf(row) : null,
    );
    const open = [...groups.values()].filter((rows) => rows.length > 1).flat();
    return cellsFor('CINplanDates', open, ['CINPlanEndDate']);
  },
});
