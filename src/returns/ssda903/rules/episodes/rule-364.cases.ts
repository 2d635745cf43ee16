/** Test data for DfE rule 364: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { lasting } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-364.ts';

export const cases: RuleCase[] = [lasting(rule, 'J2', '15/05/2022', '01/06/2022')];
