/** Test data for DfE rule 365: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { lasting } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-365.ts';

export const cases: RuleCase[] = [lasting(rule, 'V3', '10/05/2022', '01/06/2022')];
