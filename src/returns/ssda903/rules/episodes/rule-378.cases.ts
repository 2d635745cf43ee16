/** Test data for DfE rule 378: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-378.ts';

export const cases: RuleCase[] = [rows(rule, 'Episodes', { PLACE: 'P1', LS: 'C2' }, { PLACE: 'P1', LS: 'V2' })];
