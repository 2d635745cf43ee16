/** Test data for DfE rule 446: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { childEpisodes } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-446.ts';

export const cases: RuleCase[] = [
  childEpisodes(rule, { LS: 'E1', DECOM: '01/05/2022' }, { LS: 'E1', DECOM: '01/05/2005' }),
];
