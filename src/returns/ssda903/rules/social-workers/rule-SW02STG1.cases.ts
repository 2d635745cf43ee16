/** Test data for DfE rule SW02STG1: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { sw } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { ruleSW02STG1, ruleSW02STG1From2026 } from './rule-SW02STG1.ts';

export const cases: RuleCase[] = [
  sw(ruleSW02STG1, { SW_ID: 'XX' }, { SW_ID: 'AB123' }),
  sw(ruleSW02STG1From2026, { SW_ID: 'SW12' }, { SW_ID: 'SW' }),
];
