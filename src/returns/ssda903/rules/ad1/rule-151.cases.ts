/** Test data for DfE rule 151: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { FULL_AD1 } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-151.ts';

export const cases: RuleCase[] = [
  { rule: rule, tables: { AD1: [FULL_AD1, { DATE_INT: '01/01/2022' }] }, flagged: ['AD1:1'] },
];
