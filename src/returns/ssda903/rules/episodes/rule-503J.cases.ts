/** Test data for DfE rule 503J: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { continuedEpisode } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-503J.ts';

export const cases: RuleCase[] = [continuedEpisode(rule, 'PL_LOCATION', 'IN', 'OUT')];
