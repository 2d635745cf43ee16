/** Test data for DfE rule 612: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule612, rule612From2025 } from './rule-612.ts';

export const cases: RuleCase[] = [
  rows(
    rule612,
    'Header',
    { SEX: '2', MOTHER: '1', MC_DOB: '01/01/2022' },
    { SEX: '2', MOTHER: '0', MC_DOB: '01/01/2022' },
  ),
  rows(
    rule612From2025,
    'Header',
    { SEX: 'F', MOTHER: '1', MC_DOB: '01/01/2024' },
    { SEX: 'F', MOTHER: null, MC_DOB: '01/01/2024' },
    2025,
  ),
];
