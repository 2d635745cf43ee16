/** Test data for DfE rule 520: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-520.ts';

export const cases: RuleCase[] = [
  rows(rule, 'AD1', { LS_ADOPTR: 'L11', SEX_ADOPTR: 'MF' }, { LS_ADOPTR: 'L11', SEX_ADOPTR: 'FF' }),
];
