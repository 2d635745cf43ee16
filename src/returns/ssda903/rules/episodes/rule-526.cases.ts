/** Test data for DfE rule 526: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule526, rule526From2026 } from './rule-526.ts';

export const cases: RuleCase[] = [
  rows(rule526, 'Episodes', { PLACE: 'Z1', PLACE_PROVIDER: null }, { PLACE: 'U1', PLACE_PROVIDER: null }),
  rows(rule526From2026, 'Episodes', { PLACE: 'Z12', PLACE_PROVIDER: null }, { PLACE: 'Z1', PLACE_PROVIDER: null }),
];
