/**
 * DfE 2885: a CP plan starting in the census year should start on the day of the initial CPC that led to
 * it: a S47 DateOfInitialCPC on its episode or, when the episode has no S47 record (other than ones marked
 * ICPC not required), the CINdetails DateOfInitialCPC. The plan is flagged with the episode's conference
 * records that match no plan start on the episode (a conference that did lead to a plan is not at fault).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { text, yesNo } from '../cells.ts';
import { dateOf, inCensusYear } from '../dates.ts';
import { cellsFor, episodeOf, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '2885',
  message: 'Child protection plan shown as starting a different day to the initial child protection conference.',
  affectedFields: ['CPPstartDate', 'DateOfInitialCPC'],
  years: { from: 2023 },
  tables: ['ChildProtectionPlans', 'Section47', 'CINdetails', 'Header'],
  validate(data) {
    const cpps = rowsOf(data, 'ChildProtectionPlans');
    const s47 = rowsOf(data, 'Section47');
    const episodes = rowsOf(data, 'CINdetails');
    const s47ByEpisode = groupRows(s47, (row) =>
      yesNo(text(row, 'ICPCnotRequired')) === true ? null : episodeOf(row),
    );
    const cinByEpisode = groupRows(episodes, episodeOf);
    const startsByEpisode = new Map<string, Set<string>>();
    cpps.forEach((row) => {
      const episode = episodeOf(row);
      const start = dateOf(row, 'CPPstartDate');
      if (episode === null || start === null) return;
      startsByEpisode.set(episode, (startsByEpisode.get(episode) ?? new Set()).add(start));
    });
    const flagged = { cpps: [] as number[], s47: [] as number[], cin: [] as number[] };
    cpps.forEach((row, index) => {
      const start = dateOf(row, 'CPPstartDate');
      const episode = episodeOf(row);
      if (start === null || episode === null || !inCensusYear(start, data)) return;
      const s47Rows = s47ByEpisode.get(episode) ?? [];
      const cinRows = s47Rows.length > 0 ? [] : (cinByEpisode.get(episode) ?? []);
      const conferenceOf = (table: 'Section47' | 'CINdetails', i: number) =>
        dateOf(rowsOf(data, table)[i], 'DateOfInitialCPC');
      const conferences = [
        ...s47Rows.map((i) => conferenceOf('Section47', i)),
        ...cinRows.map((i) => conferenceOf('CINdetails', i)),
      ];
      if (conferences.includes(start)) return;
      const starts = startsByEpisode.get(episode) ?? new Set<string>();
      const unmatched = (table: 'Section47' | 'CINdetails') => (i: number) => !starts.has(conferenceOf(table, i) ?? '');
      flagged.cpps.push(index);
      flagged.s47.push(...s47Rows.filter(unmatched('Section47')));
      flagged.cin.push(...cinRows.filter(unmatched('CINdetails')));
    });
    return [
      ...cellsFor('ChildProtectionPlans', flagged.cpps, ['CPPstartDate']),
      ...cellsFor('Section47', flagged.s47, ['DateOfInitialCPC']),
      ...cellsFor('CINdetails', flagged.cin, ['DateOfInitialCPC']),
    ];
  },
});
