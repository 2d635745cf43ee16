/** Test data for DfE rule 132: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-132.ts';

export const cases: RuleCase[] = [column(rule, 'OC3', 'ACTIV', 'F1', 'Z9')];
