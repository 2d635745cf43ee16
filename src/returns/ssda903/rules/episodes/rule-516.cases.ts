/** Test data for DfE rule 516: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-516.ts';

export const cases: RuleCase[] = [rows(rule, 'Episodes', { REC: 'E45', PLACE: 'U1' }, { REC: 'E45', PLACE: 'R1' })];
