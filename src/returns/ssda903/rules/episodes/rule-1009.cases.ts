/** Test data for DfE rule 1009: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-1009.ts';

export const cases: RuleCase[] = [
  rows(rule, 'Episodes', { REASON_PLACE_CHANGE: 'CARPL' }, { REASON_PLACE_CHANGE: 'carpl' }),
];
