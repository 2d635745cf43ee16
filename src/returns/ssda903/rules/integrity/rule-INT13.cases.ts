/** Test data for DfE rule INT13: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { headerMismatch } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-INT13.ts';

export const cases: RuleCase[] = [headerMismatch(rule, 'Missing', 'DOB', '02/01/2010')];
