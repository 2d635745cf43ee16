/** Test data for DfE rule 528: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-528.ts';

export const cases: RuleCase[] = [
  rows(rule, 'Episodes', { PLACE: 'U1', PLACE_PROVIDER: 'PR2' }, { PLACE: 'R5', PLACE_PROVIDER: 'PR2' }),
];
