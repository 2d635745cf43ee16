/** Test data for DfE rule 408: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { childEpisodes } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-408.ts';

export const cases: RuleCase[] = [childEpisodes(rule, { PLACE: 'A5', LS: 'E1' }, { PLACE: 'A5', LS: 'C2' })];
