/** Test data for DfE rule 451: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { childEpisodes } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-451.ts';

export const cases: RuleCase[] = [
  childEpisodes(rule, { LS: 'D1', DEC: '01/06/2022', REC: 'E11' }, { LS: 'D1', DEC: null, REC: null }),
];
