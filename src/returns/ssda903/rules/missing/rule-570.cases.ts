/** Test data for DfE rule 570: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-570.ts';

export const cases: RuleCase[] = [rows(rule, 'Missing', { MIS_START: '31/03/2023' }, { MIS_START: '01/04/2023' })];
