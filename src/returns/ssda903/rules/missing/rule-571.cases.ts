/** Test data for DfE rule 571: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-571.ts';

export const cases: RuleCase[] = [rows(rule, 'Missing', { MIS_END: '01/04/2022' }, { MIS_END: '31/03/2022' })];
