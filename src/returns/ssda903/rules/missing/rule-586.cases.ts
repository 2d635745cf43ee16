/** Test data for DfE rule 586: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-586.ts';

export const cases: RuleCase[] = [
  rows(rule, 'Missing', { DOB: '01/01/2010', MIS_START: '01/06/2022' }, { DOB: '01/01/2010', MIS_START: '01/01/2010' }),
];
