/** Test data for DfE rule SW03STG1: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { COMPLETE, sw } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-SW03STG1.ts';

export const cases: RuleCase[] = [sw(rule, COMPLETE, { ...COMPLETE, SW_REASON: null })];
