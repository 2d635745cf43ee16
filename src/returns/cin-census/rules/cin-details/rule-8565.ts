/**
 * DfE 8565: nothing may happen on an episode after its closure date: no initial CPC, assessment, S47
 * enquiry, CP plan or CIN plan dated after it. Each late module row and the episode are flagged.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { TableCin } from '../../dataset.ts';
import { dateOf } from '../dates.ts';
import { cellsFor, episodeOf, groupRows, rowsOf } from '../rows.ts';
import type { FlaggedCell, RuleCin } from '../rule.ts';

/** Module, the dates checked against closure, and the fields flagged on a late row. */
const MODULES: Array<{ table: TableCin; dates: string[]; fields: string[] }> = [
  {
    table: 'Assessments',
    dates: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
    fields: ['AssessmentActualStartDate', 'AssessmentAuthorisationDate'],
  },
  {
    table: 'Section47',
    dates: ['S47ActualStartDate', 'DateOfInitialCPC'],
    fields: ['S47ActualStartDate', 'DateOfInitialCPC'],
  },
  { table: 'ChildProtectionPlans', dates: ['CPPstartDate', 'CPPendDate'], fields: ['CPPendDate'] },
  {
    table: 'CINplanDates',
    dates: ['CINPlanStartDate', 'CINPlanEndDate'],
    fields: ['CINPlanStartDate', 'CINPlanEndDate'],
  },
];

export const rule: RuleCin = defineRule({
  code: '8565',
  message: 'Activity shown after a case has been closed',
  affectedFields: [
    'CINclosureDate',
    'DateOfInitialCPC',
    'AssessmentActualStartDate',
    'AssessmentAuthorisationDate',
    'S47ActualStartDate',
    'CPPendDate',
    'CINPlanStartDate',
    'CINPlanEndDate',
  ],
  years: { from: 2023 },
  tables: ['CINdetails', 'Assessments', 'Section47', 'ChildProtectionPlans', 'CINplanDates'],
  validate(data) {
    const episodes = rowsOf(data, 'CINdetails');
    const closureByEpisode = new Map<string, { row: number; closure: string }>();
    episodes.forEach((row, index) => {
      const key = episodeOf(row);
      const closure = dateOf(row, 'CINclosureDate');
      if (key !== null && closure !== null) closureByEpisode.set(key, { row: index, closure });
    });
    const cells: FlaggedCell[] = [];
    const lateEpisodes = new Set<number>();
    episodes.forEach((row, index) => {
      const icpc = dateOf(row, 'DateOfInitialCPC');
      const closure = dateOf(row, 'CINclosureDate');
      if (icpc !== null && closure !== null && icpc > closure) lateEpisodes.add(index);
    });
    for (const module of MODULES) {
      const rows = rowsOf(data, module.table);
      const late: number[] = [];
      for (const [key, indexes] of groupRows(rows, episodeOf)) {
        const episode = closureByEpisode.get(key);
        if (!episode) continue;
        for (const i of indexes) {
          if (module.dates.some((field) => (dateOf(rows[i], field) ?? '') > episode.closure)) {
            late.push(i);
            lateEpisodes.add(episode.row);
          }
        }
      }
      cells.push(...cellsFor(module.table, late, module.fields));
    }
    return [...cellsFor('CINdetails', lateEpisodes, ['CINclosureDate', 'DateOfInitialCPC']), ...cells];
  },
});
