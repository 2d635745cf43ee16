/** Test data for DfE rule INT08: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { notInHeader } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-INT08.ts';

export const cases: RuleCase[] = [notInHeader(rule, 'Reviews')];
