/** Test data for DfE rule 701: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-701.ts';

export const cases: RuleCase[] = [rows(rule, 'DoLo', { DOLO_END: null }, { DOLO_END: '2026/06/01' })];
