/** Test data for DfE rule 376: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { lasting } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-376.ts';

export const cases: RuleCase[] = [lasting(rule, 'C2', '22/05/2022', '23/05/2022', 'T3')];
