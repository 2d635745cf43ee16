/** Test data for DfE rule SW05STG1: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { sw } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { ruleSW05STG1, ruleSW05STG1From2026 } from './rule-SW05STG1.ts';

export const cases: RuleCase[] = [
  sw(ruleSW05STG1, { SW_DEC: null }, { SW_DEC: '32/06/2023' }),
  sw(ruleSW05STG1From2026, { SW_DEC: null }, { SW_DEC: 'ZZ/ZZ/2025' }),
];
