/** Test data for DfE rule INT34: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { repeated } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-INT34.ts';

export const cases: RuleCase[] = [repeated(rule, 'OC3')];
