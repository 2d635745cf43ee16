/** Test data for DfE rule 217: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeRows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-217.ts';

export const cases: RuleCase[] = [
  episodeRows(rule, { PLACE: 'A3', DECOM: '01/05/2022', RNE: 'T' }, { PLACE: 'A5', DECOM: '01/05/2022', RNE: 'P' }),
];
