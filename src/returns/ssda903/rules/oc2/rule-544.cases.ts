/** Test data for DfE rule 544: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { CORE_OC2, rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-544.ts';

export const cases: RuleCase[] = [
  rows(rule, 'OC2', { CONVICTED: '1', ...CORE_OC2 }, { CONVICTED: '1', ...CORE_OC2, TEETH_CHECK: null }),
];
