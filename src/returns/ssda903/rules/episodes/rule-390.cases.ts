/** Test data for DfE rule 390: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-390.ts';

export const cases: RuleCase[] = [rows(rule, 'Episodes', { REC: 'E11', PLACE: 'A4' }, { REC: 'E11', PLACE: 'U1' })];
