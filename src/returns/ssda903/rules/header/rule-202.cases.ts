/** Test data for DfE rule 202: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { lastYear } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-202.ts';

export const cases: RuleCase[] = [
  lastYear(rule, 'SEX', ['1', '2'], ['1', '1']),
  { ...lastYear(rule, 'SEX', ['M', 'F'], ['1', '1'], 2025), name: 'last year 1/2 read as M/F in 2024-25' },
];
