/** Test data for DfE rule 420: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { childEpisodes } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-420.ts';

export const cases: RuleCase[] = [childEpisodes(rule, { LS: 'V3', PL_LA: null }, { LS: 'V3', PL_LA: '800' })];
