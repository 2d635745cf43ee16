/** Test data for DfE rule 391: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-391.ts';

export const cases: RuleCase[] = [
  rows(rule, 'OC3', { DOB: '01/01/2005', IN_TOUCH: 'YES' }, { DOB: '01/01/2008', IN_TOUCH: 'YES' }),
];
