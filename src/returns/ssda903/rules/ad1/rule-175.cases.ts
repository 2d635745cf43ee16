/** Test data for DfE rule 175: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-175.ts';

export const cases: RuleCase[] = [column(rule, 'AD1', 'NB_ADOPTR', '2', '3')];
