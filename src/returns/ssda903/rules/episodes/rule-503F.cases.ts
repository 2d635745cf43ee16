/** Test data for DfE rule 503F: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { continuedEpisode } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-503F.ts';

export const cases: RuleCase[] = [continuedEpisode(rule, 'URN', 'SC000001', 'SC000002')];
