/** Test data for DfE rule 1006: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-1006.ts';

export const cases: RuleCase[] = [rows(rule, 'Missing', { MISSING: 'A' }, { MISSING: 'm' })];
