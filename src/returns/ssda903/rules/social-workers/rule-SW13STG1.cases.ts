/** Test data for DfE rule SW13STG1: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { sw } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { ruleSW13STG1, ruleSW13STG1From2025 } from './rule-SW13STG1.ts';

export const cases: RuleCase[] = [
  sw(ruleSW13STG1, { SW_REASON: 'MANAGE' }, { SW_REASON: null }),
  sw(
    ruleSW13STG1From2025,
    { SW_REASON: null, SW_DECOM: '01/01/2023' },
    { SW_REASON: 'NEWJOB', SW_DECOM: '01/01/2023' },
    2025,
  ),
];
