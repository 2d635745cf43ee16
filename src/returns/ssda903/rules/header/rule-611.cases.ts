/** Test data for DfE rule 611: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-611.ts';

export const cases: RuleCase[] = [
  rows(rule, 'Header', { MOTHER: '1', MC_DOB: '01/01/2022' }, { MOTHER: '1', MC_DOB: null }),
];
