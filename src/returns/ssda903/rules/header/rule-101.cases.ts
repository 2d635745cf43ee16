/** Test data for DfE rule 101: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule101From2025, rule101Until2024 } from './rule-101.ts';

export const cases: RuleCase[] = [
  column(rule101Until2024, 'Header', 'SEX', '1', 'M'),
  column(rule101From2025, 'Header', 'SEX', 'F', '2'),
];
