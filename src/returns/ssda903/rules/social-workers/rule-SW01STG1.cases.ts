/** Test data for DfE rule SW01STG1: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { lookedAfter } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { ruleSW01STG1, ruleSW01STG1From2025 } from './rule-SW01STG1.ts';

export const cases: RuleCase[] = [lookedAfter(ruleSW01STG1, 2024), lookedAfter(ruleSW01STG1From2025, 2025)];
