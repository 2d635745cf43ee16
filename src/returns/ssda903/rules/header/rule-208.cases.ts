/** Test data for DfE rule 208: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { lastYear } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-208.ts';

export const cases: RuleCase[] = [lastYear(rule, 'UPN', ['A123456789012', 'B123456789012'], ['UN1', 'A123456789012'])];
