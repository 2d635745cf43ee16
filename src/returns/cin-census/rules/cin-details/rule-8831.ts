/**
 * DfE 8831: an episode marked as a referral with no further action cannot have an initial CPC, a dated
 * assessment or a dated S47 enquiry. The module rows are flagged on LAchildID, the episode on DateOfInitialCPC.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Row, TableCin } from '../../dataset.ts';
import { text, yesNo } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, episodeOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

const MODULES: Array<{ table: TableCin; dates: string[] }> = [
  { table: 'Assessments', dates: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'] },
  { table: 'Section47', dates: ['S47ActualStartDate', 'DateOfInitialCPC'] },
];

export const rule: RuleCin = defineRule({
  code: '8831',
  message: 'Activity is recorded against a case marked as a referral with no further action',
  affectedFields: [
    'AssessmentActualStartDate',
    'AssessmentAuthorisationDate',
    'S47ActualStartDate',
    'DateOfInitialCPC',
  ],
  years: { from: 2023 },
  tables: ['CINdetails', 'Assessments', 'Section47'],
  validate(data) {
    const episodes = rowsOf(data, 'CINdetails');
    const isNfa = (row: Row) => yesNo(text(row, 'ReferralNFA')) === true;
    const flaggedEpisodes = new Set<number>();
    episodes.forEach((row, index) => {
      if (isNfa(row) && dateOf(row, 'DateOfInitialCPC') !== null) flaggedEpisodes.add(index);
    });
    const moduleCells = MODULES.flatMap(({ table, dates }) => {
      const rows = rowsOf(data, table);
      const pairs = joinRows(rows, episodes, episodeOf).filter(
        ([i, j]) => isNfa(episodes[j]!) && dates.some((field) => dateOf(rows[i], field) !== null),
      );
      pairs.forEach(([, j]) => flaggedEpisodes.add(j));
      return cellsFor(
        table,
        pairs.map(([i]) => i),
        ['LAchildID'],
      );
    });
    return [...cellsFor('CINdetails', flaggedEpisodes, ['DateOfInitialCPC']), ...moduleCells];
  },
});
