/** Test data for DfE rule 514: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-514.ts';

export const cases: RuleCase[] = [
  rows(rule, 'AD1', { LS_ADOPTR: 'L0', SEX_ADOPTR: 'F1' }, { LS_ADOPTR: 'L0', SEX_ADOPTR: 'MF' }),
];
