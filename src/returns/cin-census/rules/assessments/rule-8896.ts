/**
 * DfE 8896: within one episode only one assessment may be open (no authorisation date). Assessments are
 * told apart by AssessmentID where the flattening gives one (factor rows share it), else row by row.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { dateOf } from '../dates.ts';
import { assessmentIdOf, cellsFor, episodeOf, groupRows, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

export const rule: RuleCin = defineRule({
  code: '8896',
  message: 'Within one CINDetails group there are 2 or more open Assessments groups',
  affectedFields: ['AssessmentAuthorisationDate'],
  years: { from: 2023 },
  tables: ['Assessments'],
  validate(data) {
    const rows = rowsOf(data, 'Assessments');
    const groups = groupRows(rows, (row) =>
      dateOf(row, 'AssessmentAuthorisationDate') === null ? episodeOf(row) : null,
    );
    const flagged: number[] = [];
    for (const indexes of groups.values()) {
      const assessments = new Set(indexes.map((i) => assessmentIdOf(rows[i]!) ?? `row ${i}`));
      if (assessments.size > 1) flagged.push(...indexes);
    }
    return cellsFor('Assessments', flagged, ['AssessmentAuthorisationDate']);
  },
});
