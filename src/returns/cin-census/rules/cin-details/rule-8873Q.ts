/**
 * DfE 8873Q: when an episode has exactly one assessment and its only factor is 21 (no factors identified),
 * a closed episode should carry reason RC8 or RC9. Assessments are told apart by AssessmentID where given.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { factorCodes, text } from '../cells.ts';
import { assessmentIdOf, cellsFor, episodeOf, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8873Q',
  message:
    'Please check and either amend data or provide a reason: When there is only one assessment on the episode and ' +
    'the factors code “21 No factors identified” has been used for the completed assessment, the reason for closure ' +
    "‘RC8’ or 'RC9' should be used.",
  affectedFields: ['ReasonForClosure', 'AssessmentFactors'],
  years: { from: 2023 },
  tables: ['CINdetails', 'Assessments'],
  validate(data) {
    const assessments = rowsOf(data, 'Assessments');
    const byEpisode = groupRows(assessments, episodeOf);
    const flagged = { episodes: [] as number[], assessments: [] as number[] };
    rowsOf(data, 'CINdetails').forEach((row, index) => {
      const reason = text(row, 'ReasonForClosure');
      const episode = episodeOf(row);
      if (reason === null || reason === 'RC8' || reason === 'RC9' || episode === null) return;
      const own = byEpisode.get(episode) ?? [];
      const distinct = new Set(own.map((i) => assessmentIdOf(assessments[i]!) ?? `row ${i}`));
      const codes = own.flatMap((i) => factorCodes(assessments[i]!));
      if (distinct.size !== 1 || codes.length === 0 || codes.some((code) => code !== '21')) return;
      flagged.episodes.push(index);
      flagged.assessments.push(...own);
    });
    return [
      ...cellsFor('Assessments', flagged.assessments, ['AssessmentFactors']),
      ...cellsFor('CINdetails', flagged.episodes, ['ReasonForClosure']),
    ];
  },
});
