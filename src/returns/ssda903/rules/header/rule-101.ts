/**
 * DfE rule 101: the child's sex must be a valid code. Codes were 1/2 until 2023-24; from 2024-25 the
 * item is "sex" with M, F or U (DfE SSDA903 2024-25 specification).
 */
import { defineRule } from '../../../rules/define-rule.ts';
import { sexCodes } from '../codes.ts';
import { invalidCode } from '../field-checks.ts';
import { FIRST_MODELLED_YEAR, type Rule903 } from '../rule.ts';

export const rule101Until2024: Rule903 = defineRule({
  code: '101',
  message: 'Gender code is not valid.',
  affectedFields: ['SEX'],
  tables: ['Header'],
  years: { from: FIRST_MODELLED_YEAR, to: 2024 },
  validate: invalidCode('Header', 'SEX', sexCodes(2024), true),
});

export const rule101From2025: Rule903 = defineRule({
  code: '101',
  message: 'The child or young person’s reported sex is not valid.',
  affectedFields: ['SEX'],
  tables: ['Header'],
  years: { from: 2025 },
  validate: invalidCode('Header', 'SEX', sexCodes(2025), true),
});

export const ruleVersions: Rule903[] = [rule101Until2024, rule101From2025];
