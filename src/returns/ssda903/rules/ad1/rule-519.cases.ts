/** Test data for DfE rule 519: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-519.ts';

export const cases: RuleCase[] = [
  rows(rule, 'AD1', { LS_ADOPTR: 'L2', SEX_ADOPTR: 'MM' }, { LS_ADOPTR: 'L2', SEX_ADOPTR: 'M1' }),
];
