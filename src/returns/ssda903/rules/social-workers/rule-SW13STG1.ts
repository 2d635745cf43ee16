/**
 * Social worker rule SW13STG1: SW_REASON must be one of the DfE reasons for a change of social worker.
 * In 2023-24 a blank reason is flagged too; from 2024-25 a blank is flagged only for episodes starting on
 * or after 1 April 2023 (reasons were first collected then), and SW15STG2 reports missing reasons.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { val } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { flagRows, rowsOf, whereRows } from '../rows.ts';
import type { Rule903 } from '../rule.ts';

const REASONS = ['MANAGE', 'FCONTA', 'LEFTRL', 'ORGRST', 'TSPROC', 'ABSENC', 'CHCHAN', 'PCCHAN', 'SWDIED', 'OTHERS'];

export const ruleSW13STG1: Rule903 = defineRule({
  code: 'SW13STG1',
  message: 'The reason for social worker change is either not valid or has not been entered.',
  affectedFields: ['SW_REASON'],
  tables: ['SWEpisodes'],
  years: { from: 2024, to: 2024 },
  validate(data) {
    return flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) => !REASONS.includes(val(row, 'SW_REASON') ?? '')),
    );
  },
});

export const ruleSW13STG1From2025: Rule903 = defineRule({
  code: 'SW13STG1',
  message: 'The reason for social worker change is not valid.',
  affectedFields: ['SW_REASON'],
  tables: ['SWEpisodes'],
  years: { from: 2025 },
  validate(data) {
    return flagRows(
      'SWEpisodes',
      whereRows(rowsOf(data, 'SWEpisodes'), (row) => {
        const reason = val(row, 'SW_REASON');
        if (reason !== null) return !REASONS.includes(reason);
        const start = dateOf(row, 'SW_DECOM');
        return start !== null && start >= '2023-04-01';
      }),
    );
  },
});

export const ruleVersions: Rule903[] = [ruleSW13STG1, ruleSW13STG1From2025];
