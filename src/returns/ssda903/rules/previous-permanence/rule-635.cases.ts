/** Test data for DfE rule 635: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-635.ts';

export const cases: RuleCase[] = [
  rows(rule, 'PrevPerm', { PREV_PERM: 'P1', LA_PERM: '800' }, { PREV_PERM: null, LA_PERM: '800' }),
];
