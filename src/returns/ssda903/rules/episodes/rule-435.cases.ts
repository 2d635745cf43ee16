/** Test data for DfE rule 435: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeSequence, PLACEMENT } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-435.ts';

export const cases: RuleCase[] = [
  episodeSequence(rule, PLACEMENT, { ...PLACEMENT, RNE: 'P', PLACE: 'U2' }, { ...PLACEMENT, RNE: 'P' }),
];
