/** Test data for DfE rule SW01bSTG1: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { sw } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-SW01bSTG1.ts';

export const cases: RuleCase[] = [
  sw(
    rule,
    { SW_ID: 'SW1', SW_DECOM: '01/06/2023', SW_REASON: 'OTHERS' },
    { SW_ID: 'SW1', SW_DECOM: '01/06/2023', SW_REASON: null },
    2025,
  ),
];
