/** Test data for DfE rule 168: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { column } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-168.ts';

export const cases: RuleCase[] = [column(rule, 'Header', 'UPN', 'A123456789012', 'I123456789012')];
