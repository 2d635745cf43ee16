/** Test data for DfE rule 166: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-166.ts';

export const cases: RuleCase[] = [column(rule, 'Reviews', 'REVIEW', '01/01/2022', null)];
