/** Test data for DfE rule 351: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { rows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-351.ts';

export const cases: RuleCase[] = [rows(rule, 'Header', { DOB: '01/01/2000' }, { DOB: '01/01/1996' })];
