/**
 * DfE 4180: the child's sex must be present and valid. Until 2023-24 the field is GenderCurrent
 * (0, 1, 2, 9); from 2024-25 it is Sex (M, F, U).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import type { DatasetCin } from '../../dataset.ts';
import { text } from '../cells.ts';
import { genderCodes, sexCodes } from '../codes.ts';
import { cellsFor, rowsOf, rowsWhere } from '../rows.ts';
import type { RuleCin } from '../rule.ts';

function invalidRows(data: DatasetCin, field: string, valid: Set<string>): number[] {
  return rowsWhere(rowsOf(data, 'ChildIdentifiers'), (row) => {
    const value = text(row, field);
    return value === null || !valid.has(value);
  });
}

export const rule4180Until2024: RuleCin = defineRule({
  code: '4180',
  message: 'Gender is missing',
  affectedFields: ['GenderCurrent'],
  years: { from: 2023, to: 2024 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    return cellsFor('ChildIdentifiers', invalidRows(data, 'GenderCurrent', genderCodes(data.meta.year)), [
      'GenderCurrent',
    ]);
  },
});

export const rule4180From2025: RuleCin = defineRule({
  code: '4180',
  message: 'Sex must be provided and equal M, F, or U',
  affectedFields: ['Sex'],
  years: { from: 2025 },
  tables: ['ChildIdentifiers'],
  validate(data) {
    return cellsFor('ChildIdentifiers', invalidRows(data, 'Sex', sexCodes(data.meta.year)), ['Sex']);
  },
});

export const ruleVersions: RuleCin[] = [rule4180Until2024, rule4180From2025];
