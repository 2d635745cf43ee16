/** Test data for DfE rule 379: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { lasting } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-379.ts';

export const cases: RuleCase[] = [lasting(rule, 'C2', '08/05/2022', '09/05/2022', 'T4')];
