/** Test data for DfE rule 454: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { childEpisodes } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-454.ts';

export const cases: RuleCase[] = [
  { ...childEpisodes(rule, { PL_DISTANCE: '999.9' }, { PL_DISTANCE: '351.0' }), year: 2026 },
];
