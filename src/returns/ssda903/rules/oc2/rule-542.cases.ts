/** Test data for DfE rule 542: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-542.ts';

export const cases: RuleCase[] = [
  rows(rule, 'OC2', { DOB: '01/01/2010', CONVICTED: '0' }, { DOB: '01/01/2015', CONVICTED: '0' }),
];
