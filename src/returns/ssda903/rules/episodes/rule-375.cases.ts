/** Test data for DfE rule 375: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { lasting } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-375.ts';

export const cases: RuleCase[] = [lasting(rule, 'C2', '12/06/2022', '13/06/2022', 'T1')];
