/** Test data for DfE rule INT11: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { headerMismatch } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-INT11.ts';

export const cases: RuleCase[] = [headerMismatch(rule, 'AD1', 'DOB', '02/01/2010')];
