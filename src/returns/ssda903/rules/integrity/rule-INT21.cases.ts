/** Test data for DfE rule INT21: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { headerMismatch } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-INT21.ts';

export const cases: RuleCase[] = [headerMismatch(rule, 'UASC', 'SEX', '2')];
