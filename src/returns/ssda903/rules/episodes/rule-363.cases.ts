/** Test data for DfE rule 363: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { lasting } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-363.ts';

export const cases: RuleCase[] = [lasting(rule, 'L3', '05/05/2022', '10/05/2022')];
