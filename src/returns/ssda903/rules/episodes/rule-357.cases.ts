/** Test data for DfE rule 357: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-357.ts';

export const cases: RuleCase[] = [
  rows(rule, 'Episodes', { CHILD: 'A', DECOM: '01/05/2022', RNE: 'S' }, { CHILD: 'B', DECOM: '01/05/2022', RNE: 'P' }),
];
