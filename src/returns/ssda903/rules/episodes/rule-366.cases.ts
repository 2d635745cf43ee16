/** Test data for DfE rule 366: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-366.ts';

export const cases: RuleCase[] = [rows(rule, 'Episodes', { LS: 'V3', RNE: 'S' }, { LS: 'V3', RNE: 'P' })];
