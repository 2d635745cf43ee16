/**
 * DfE 8890: a S47 enquiry cannot start while another of the child's enquiries is ongoing: it ends at its initial
 * CPC, at its own start when ICPC is not required, and otherwise runs to the reference date.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { findOverlaps } from '../overlap.ts';
import { cellsFor, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8890',
  message: 'A Section 47 enquiry is shown as starting when there is another Section 47 Enquiry ongoing',
  affectedFields: ['S47ActualStartDate'],
  years: { from: 2023 },
  tables: ['Section47', 'Header'],
  validate(data) {
    const rows = rowsOf(data, 'Section47');
    const { laterStarts, earlierPeriods } = findOverlaps(
      rows,
      (row, index) => ({
        start: dateOf(row, 'S47ActualStartDate'),
        end:
          dateOf(row, 'DateOfInitialCPC') ??
          (yesNo(text(row, 'ICPCnotRequired')) === true ? dateOf(row, 'S47ActualStartDate') : null),
        identity: String(index),
      }),
      data.meta.referenceDate,
    );
    return [
      ...cellsFor('Section47', [...laterStarts, ...earlierPeriods], ['S47ActualStartDate']),
      ...cellsFor('Section47', earlierPeriods, ['DateOfInitialCPC']),
    ];
  },
});
