/** Test data for DfE rule 345: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-345.ts';

export const cases: RuleCase[] = [
  rows(rule, 'OC3', { IN_TOUCH: 'YES', ACTIV: 'F1', ACCOM: 'B1' }, { IN_TOUCH: 'YES', ACTIV: '0', ACCOM: 'B1' }),
];
