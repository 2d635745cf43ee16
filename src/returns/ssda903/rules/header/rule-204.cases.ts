/** Test data for DfE rule 204: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { lastYear } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-204.ts';

export const cases: RuleCase[] = [lastYear(rule, 'ETHNIC', ['WBRI', 'WIRI'], ['wbri', 'WBRI'])];
