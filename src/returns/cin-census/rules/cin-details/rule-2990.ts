/**
 * DfE 2990: an episode closed as RC8 (after assessment, no further action) or RC9 (after assessment,
 * referred to early help) cannot have an initial CPC, S47 enquiry, CP plan or CIN plan. The module rows are
 * flagged on LAchildID and the episode on DateOfInitialCPC.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { TableCin } from '../../dataset.ts';
import { text } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, episodeOf, rowsOf } from '../rows.ts';
import type { FlaggedCell, RuleCin } from '../rule.ts';

const MODULES: TableCin[] = ['ChildProtectionPlans', 'CINplanDates', 'Section47'];

export const rule: RuleCin = defineRule({
  code: '2990',
  message:
    "Activity is recorded against a case marked as ‘Case closed after assessment, no further action’ or 'case closed after assessment, referred to early help'.",
  affectedFields: ['ReasonForClosure'],
  years: { from: 2023 },
  tables: ['CINdetails', 'ChildProtectionPlans', 'CINplanDates', 'Section47'],
  validate(data) {
    const episodes = rowsOf(data, 'CINdetails');
    // A set, not an array: a census has thousands of RC8 closures and each row is looked up in it.
    const closedAfterAssessment = new Set(
      episodes.filter((row) => ['RC8', 'RC9'].includes(text(row, 'ReasonForClosure') ?? '')),
    );
    const flaggedEpisodes = new Set<number>();
    episodes.forEach((row, index) => {
      if (closedAfterAssessment.has(row) && dateOf(row, 'DateOfInitialCPC') !== null) flaggedEpisodes.add(index);
    });
    const cells: FlaggedCell[] = [];
    for (const table of MODULES) {
      const pairs = joinRows(rowsOf(data, table), episodes, episodeOf).filter(([, j]) =>
        closedAfterAssessment.has(episodes[j]!),
      );
      pairs.forEach(([, j]) => flaggedEpisodes.add(j));
      cells.push(
        ...cellsFor(
          table,
          pairs.map(([i]) => i),
          ['LAchildID'],
        ),
      );
    }
    return [...cellsFor('CINdetails', flaggedEpisodes, ['DateOfInitialCPC']), ...cells];
  },
});
