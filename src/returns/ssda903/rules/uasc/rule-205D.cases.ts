/** Test data for DfE rule 205D: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { lastYear } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-205D.ts';

export const cases: RuleCase[] = [lastYear(rule, 'UASC', ['1', '1'], ['1', '0'])];
