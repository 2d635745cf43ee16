/** Test data for DfE rule 381: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-381.ts';

export const cases: RuleCase[] = [rows(rule, 'Episodes', { PLACE: 'T1', REC: 'X1' }, { PLACE: 'T1', REC: 'E4A' })];
