/** Test data for DfE rule 149: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-149.ts';

export const cases: RuleCase[] = [column(rule, 'Episodes', 'REC', 'E11', 'E1')];
