/** DfE 2991Q: an episode with a S47 enquiry should also have an assessment; the S47 rows are flagged. */
import { defineRule } from '../../../rules/define-rule.ts';
import { cellsFor, episodeOf, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '2991Q',
  message:
    'Please check and either amend data or provide a reason: A Section 47 module is recorded and there is no assessment on the episode',
  affectedFields: ['CINdetailsID'],
  years: { from: 2023 },
  tables: ['Section47', 'Assessments'],
  validate(data) {
    const assessed = new Set(
      rowsOf(data, 'Assessments')
        .map(episodeOf)
        .filter((key) => key !== null),
    );
    const wrong = rowsWhere(rowsOf(data, 'Section47'), (row) => {
      const episode = episodeOf(row);
      return episode === null || !assessed.has(episode);
    });
    return cellsFor('Section47', wrong, ['LAchildID']);
  },
});
