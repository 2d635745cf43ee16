/** Test data for DfE rule 114: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-114.ts';

export const cases: RuleCase[] = [column(rule, 'AD1', 'FOSTER_CARE', '1', 'Y')];
