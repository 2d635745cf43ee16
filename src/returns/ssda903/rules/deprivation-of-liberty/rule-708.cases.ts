/** Test data for DfE rule 708: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-708.ts';

export const cases: RuleCase[] = [
  rows(rule, 'DoLo', { DOB: '01/01/2012', DOLO_START: '01/06/2026' }, { DOB: '01/01/2012', DOLO_START: '01/01/2012' }),
];
