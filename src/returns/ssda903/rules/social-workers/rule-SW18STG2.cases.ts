/** Test data for DfE rule SW18STG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { sw } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-SW18STG2.ts';

export const cases: RuleCase[] = [
  sw(rule, { SW_DECOM: '01/06/2025', SW_DEC: '02/06/2025' }, { SW_DECOM: '01/06/2025', SW_DEC: '31/05/2025' }),
];
