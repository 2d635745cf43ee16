/**
 * DfE rule 1000: a child who died in care (REC E2, this year or last) cannot have care leaver information
 * (OC3). Only this year's and last year's episodes are seen.
 */
import type { Dataset903 } from '../dataset.ts';
import { defineRule, flagRows, lastRowsOf, rowsOf, val, whereRows } from './helpers.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from './rule.ts';

function validate(data: Dataset903) {
  if (!data.current.Episodes) return [];
  const died = new Set([...rowsOf(data, 'Episodes'), ...lastRowsOf(data, 'Episodes')]
    .filter((row) => (val(row, 'REC') ?? '').toUpperCase() === 'E2')
    .map((row) => val(row, 'CHILD')));
  return flagRows('OC3', whereRows(rowsOf(data, 'OC3'), (row) => died.has(val(row, 'CHILD'))));
}

export const rule1000: Rule903 = defineRule({
  code: '1000',
  message: 'This child is recorded as having died in care and therefore should not have the care leaver information '
    + 'completed. [NOTE: This only tests the current and previous year data loaded into the tool]',
  affectedFields: ['IN_TOUCH', 'ACTIV', 'ACCOM'],
  tables: ['Episodes', 'OC3'],
  years: { from: FIRST_MODELLED_YEAR },
}, validate);
