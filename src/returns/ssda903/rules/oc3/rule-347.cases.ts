/** Test data for DfE rule 347: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-347.ts';

export const cases: RuleCase[] = [
  rows(rule, 'OC3', { DOB: '01/01/2004', ACCOM: 'T1' }, { DOB: '01/01/2006', ACCOM: 'T1' }),
];
