/** Test data for DfE rule 607: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { mother } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule607, rule607From2025 } from './rule-607.ts';

export const cases: RuleCase[] = [
  mother(rule607, '2', 2023, '01/06/2022'),
  mother(rule607From2025, 'F', 2025, '01/06/2024'),
];
