/** Test data for DfE rule 709: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { doloPlacement } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-709.ts';

export const cases: RuleCase[] = [doloPlacement(rule, 'K2', 'R1')];
