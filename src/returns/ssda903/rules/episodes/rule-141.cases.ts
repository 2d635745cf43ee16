/** Test data for DfE rule 141: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-141.ts';

export const cases: RuleCase[] = [column(rule, 'Episodes', 'DECOM', '01/01/2022', '1/1/22')];
