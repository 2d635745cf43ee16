/** Test data for DfE rule SW04STG1: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { sw } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { ruleSW04STG1, ruleSW04STG1From2026 } from './rule-SW04STG1.ts';

export const cases: RuleCase[] = [
  sw(ruleSW04STG1, { SW_DECOM: 'ZZ/06/2023' }, { SW_DECOM: '2023-13-01' }),
  sw(ruleSW04STG1From2026, { SW_DECOM: '01/06/2025' }, { SW_DECOM: 'ZZ/06/2025' }),
];
