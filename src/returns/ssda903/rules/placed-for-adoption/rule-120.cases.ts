/** Test data for DfE rule 120: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-120.ts';

export const cases: RuleCase[] = [column(rule, 'PlacedAdoption', 'REASON_PLACED_CEASED', 'RD2', 'RD9')];
