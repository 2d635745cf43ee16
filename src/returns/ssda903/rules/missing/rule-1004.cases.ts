/** Test data for DfE rule 1004: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-1004.ts';

export const cases: RuleCase[] = [rows(rule, 'Missing', { MIS_START: '01/06/2022' }, { MIS_START: '31/06/2022' })];
