/** Test data for DfE rule 203: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { lastYear } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-203.ts';

export const cases: RuleCase[] = [lastYear(rule, 'DOB', ['01/01/2010', '02/01/2010'], ['2010-01-01', '01/01/2010'])];
