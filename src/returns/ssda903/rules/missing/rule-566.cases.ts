/** Test data for DfE rule 566: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-566.ts';

export const cases: RuleCase[] = [
  rows(rule, 'Missing', { MISSING: 'M', MIS_END: '01/06/2022' }, { MISSING: null, MIS_END: '01/06/2022' }),
];
