/** Test data for DfE rule SW15STG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { sw } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-SW15STG2.ts';

export const cases: RuleCase[] = [
  sw(rule, { SW_DECOM: '01/01/2023', SW_REASON: null }, { SW_DECOM: '01/06/2023', SW_REASON: null }, 2025),
];
