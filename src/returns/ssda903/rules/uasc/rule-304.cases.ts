/** Test data for DfE rule 304: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-304.ts';

export const cases: RuleCase[] = [
  rows(rule, 'UASC', { DOB: '01/01/2005', DUC: '01/01/2023' }, { DOB: '01/01/2004', DUC: '01/06/2022' }),
];
