/** Test data for DfE rule 517: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-517.ts';

export const cases: RuleCase[] = [
  rows(rule, 'AD1', { LS_ADOPTR: 'L3', SEX_ADOPTR: 'MF' }, { LS_ADOPTR: 'L3', SEX_ADOPTR: 'MM' }),
];
