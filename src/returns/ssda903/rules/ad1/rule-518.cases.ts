/** Test data for DfE rule 518: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-518.ts';

export const cases: RuleCase[] = [
  rows(rule, 'AD1', { LS_ADOPTR: 'L4', SEX_ADOPTR: 'FF' }, { LS_ADOPTR: 'L4', SEX_ADOPTR: 'MF' }),
];
