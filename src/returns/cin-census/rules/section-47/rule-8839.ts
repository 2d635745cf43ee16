/**
 * DfE 8839: within one episode only one S47 enquiry may be open: no initial CPC date and not marked
 * ICPC not required. All open enquiries of such an episode are flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, episodeOf, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8839',
  message: 'Within one CINDetails group there are 2 or more open S47 Assessments',
  affectedFields: ['DateOfInitialCPC'],
  years: { from: 2023 },
  tables: ['Section47'],
  validate(data) {
    const groups = groupRows(rowsOf(data, 'Section47'), (row) => {
      const open = dateOf(row, 'DateOfInitialCPC') === null && yesNo(text(row, 'ICPCnotRequired')) !== true;
      return open ? episodeOf(row) : null;
    });
    const open = [...groups.values()].filter((rows) => rows.length > 1).flat();
    return cellsFor('Section47', open, ['DateOfInitialCPC']);
  },
});
