/** Test data for DfE rule 620: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-620.ts';

export const cases: RuleCase[] = [
  rows(rule, 'Header', { MOTHER: '1', DOB: '01/01/2006' }, { MOTHER: '1', DOB: '01/01/2012' }),
];
