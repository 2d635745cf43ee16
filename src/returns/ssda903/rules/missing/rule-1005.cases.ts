/** Test data for DfE rule 1005: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-1005.ts';

export const cases: RuleCase[] = [rows(rule, 'Missing', { MIS_END: null }, { MIS_END: '2022/06/01' })];
