/** Test data for DfE rule 531: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-531.ts';

export const cases: RuleCase[] = [
  rows(rule, 'Episodes', { PLACE: 'U4', PLACE_PROVIDER: 'PR5' }, { PLACE: 'P1', PLACE_PROVIDER: 'PR5' }),
];
