/** Test data for DfE rule 382: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-382.ts';

export const cases: RuleCase[] = [rows(rule, 'Episodes', { LS: 'C2', PLACE: 'T1' }, { LS: 'V3', PLACE: 'T1' })];
