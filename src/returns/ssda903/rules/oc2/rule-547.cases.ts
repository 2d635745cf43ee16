/** Test data for DfE rule 547: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { CORE_OC2, rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-547.ts';

export const cases: RuleCase[] = [
  rows(rule, 'OC2', { HEALTH_CHECK: '1', ...CORE_OC2 }, { HEALTH_CHECK: '1', ...CORE_OC2, IMMUNISATIONS: null }),
];
