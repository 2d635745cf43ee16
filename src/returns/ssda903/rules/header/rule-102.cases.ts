/** Test data for DfE rule 102: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-102.ts';

export const cases: RuleCase[] = [column(rule, 'Header', 'DOB', '01/02/2010', '30/02/2010')];
