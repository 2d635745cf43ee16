/** Test data for DfE rule 385: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-385.ts';

export const cases: RuleCase[] = [rows(rule, 'Episodes', { DEC: '31/03/2023' }, { DEC: '01/04/2023' })];
