/** Test data for DfE rule 432: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeSequence } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-432.ts';

export const cases: RuleCase[] = [episodeSequence(rule, { REC: 'E4A' }, { RNE: 'S' }, { RNE: 'P' })];
