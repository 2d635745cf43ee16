/** Test data for DfE rule 530: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-530.ts';

export const cases: RuleCase[] = [
  rows(rule, 'Episodes', { PLACE: 'U4', PLACE_PROVIDER: 'PR4' }, { PLACE: 'P1', PLACE_PROVIDER: 'PR4' }),
];
