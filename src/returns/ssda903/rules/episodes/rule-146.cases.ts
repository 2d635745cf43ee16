/** Test data for DfE rule 146: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule146From2026, rule146In2025, rule146Until2024 } from './rule-146.ts';

export const cases: RuleCase[] = [
  column(rule146Until2024, 'Episodes', 'PLACE', 'H5', 'K3'),
  column(rule146In2025, 'Episodes', 'PLACE', 'K3', 'H5'),
  column(rule146From2026, 'Episodes', 'PLACE', 'Z11', 'Z1'),
];
