/** Test data for DfE rule 710: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { doloPlacement } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-710.ts';

export const cases: RuleCase[] = [doloPlacement(rule, 'K2', 'K1')];
