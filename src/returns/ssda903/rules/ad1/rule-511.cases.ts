/** Test data for DfE rule 511: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-511.ts';

export const cases: RuleCase[] = [
  rows(rule, 'AD1', { NB_ADOPTR: '2', SEX_ADOPTR: 'MF' }, { NB_ADOPTR: '2', SEX_ADOPTR: 'M1' }),
];
