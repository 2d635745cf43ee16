/** Test data for DfE rule 362: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { lasting } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-362.ts';

export const cases: RuleCase[] = [lasting(rule, 'L2', '15/05/2022', '01/06/2022')];
