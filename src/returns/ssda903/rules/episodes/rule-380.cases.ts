/** Test data for DfE rule 380: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-380.ts';

export const cases: RuleCase[] = [rows(rule, 'Episodes', { PLACE: 'T1', RNE: 'P' }, { PLACE: 'T1', RNE: 'S' })];
