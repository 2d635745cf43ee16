/** Test data for DfE rule 445: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { childEpisodes } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-445.ts';

export const cases: RuleCase[] = [
  childEpisodes(rule, { LS: 'D1', DECOM: '01/11/2005' }, { LS: 'D1', DECOM: '01/05/2022' }),
];
