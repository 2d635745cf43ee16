/** Test data for DfE rule 167: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-167.ts';

export const cases: RuleCase[] = [column(rule, 'Reviews', 'REVIEW_CODE', 'PN1', 'PN9')];
