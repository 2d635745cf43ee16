/** Test data for DfE rule 344: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-344.ts';

export const cases: RuleCase[] = [
  rows(rule, 'OC3', { IN_TOUCH: 'DIED', ACTIV: '0', ACCOM: '0' }, { IN_TOUCH: 'DIED', ACTIV: 'F1', ACCOM: '0' }),
];
