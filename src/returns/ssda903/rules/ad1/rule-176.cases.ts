/** Test data for DfE rule 176: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-176.ts';

export const cases: RuleCase[] = [column(rule, 'AD1', 'SEX_ADOPTR', 'MF', 'XY')];
