/** Test data for DfE rule 113: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-113.ts';

export const cases: RuleCase[] = [column(rule, 'AD1', 'DATE_MATCH', '01/01/2022', '32/01/2022')];
