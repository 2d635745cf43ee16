/**
 * DfE 2884: an initial CPC should be recorded once, on the S47 module or on CINdetails, not both. A date
 * recorded for the same child at both levels is flagged on both.
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { Row } from '../../dataset.ts';
import { text } from '../cells.ts';
import { dateOf } from '../dates.ts';
import { joinRows } from '../joins.ts';
import { cellsFor, keyOf, rowsOf } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

function childAndDate(row: Row): string | null {
  return keyOf(text(row, 'LAchildID'), dateOf(row, 'DateOfInitialCPC'));
}

export const rule: RuleCin = defineRule({
  code: '2884',
  message:
    'An initial child protection conference is recorded at both the S47 and CIN Details level and it should only be recorded in one',
  affectedFields: ['DateOfInitialCPC'],
  years: { from: 2023 },
  tables: ['Section47', 'CINdetails'],
  validate(data) {
    const both = joinRows(rowsOf(data, 'Section47'), rowsOf(data, 'CINdetails'), childAndDate);
    return [
      ...cellsFor(
        'Section47',
        both.map(([i]) => i),
        ['DateOfInitialCPC'],
      ),
      ...cellsFor(
        'CINdetails',
        both.map(([, j]) => j),
        ['DateOfInitialCPC'],
      ),
    ];
  },
});
