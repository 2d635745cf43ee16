/** Test data for DfE rule SW16bSTG2: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { continuedSocialWorker } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-SW16bSTG2.ts';

export const cases: RuleCase[] = [continuedSocialWorker(rule, 'SW_DECOM', '01/01/2024', '01/04/2024')];
