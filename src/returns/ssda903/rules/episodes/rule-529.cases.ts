/** Test data for DfE rule 529: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-529.ts';

export const cases: RuleCase[] = [
  rows(rule, 'Episodes', { PLACE: 'R1', PLACE_PROVIDER: 'PR3' }, { PLACE: 'K2', PLACE_PROVIDER: 'PR3' }),
];
