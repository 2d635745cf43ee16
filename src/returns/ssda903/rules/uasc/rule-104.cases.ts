/** Test data for DfE rule 104: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-104.ts';

export const cases: RuleCase[] = [column(rule, 'UASC', 'DUC', '01/05/2022', '01/05/2021')];
