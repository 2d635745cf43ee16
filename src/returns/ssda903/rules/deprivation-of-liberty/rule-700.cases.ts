/** Test data for DfE rule 700: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-700.ts';

export const cases: RuleCase[] = [rows(rule, 'DoLo', { DOLO_START: '01/06/2026' }, { DOLO_START: null })];
