/** Test data for DfE rule 524: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-524.ts';

export const cases: RuleCase[] = [
  rows(rule, 'AD1', { LS_ADOPTR: 'L12', SEX_ADOPTR: 'MM' }, { LS_ADOPTR: 'L12', SEX_ADOPTR: 'F1' }),
];
