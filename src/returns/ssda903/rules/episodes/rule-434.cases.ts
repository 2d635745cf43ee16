/** Test data for DfE rule 434: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeSequence, PLACEMENT } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-434.ts';

export const cases: RuleCase[] = [
  episodeSequence(
    rule,
    PLACEMENT,
    { ...PLACEMENT, RNE: 'L', LS: 'E1' },
    { ...PLACEMENT, RNE: 'L', LS: 'E1', PLACE: 'U2' },
  ),
];
