/** Test data for DfE rule INT06: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { notInHeader } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-INT06.ts';

export const cases: RuleCase[] = [notInHeader(rule, 'OC3')];
