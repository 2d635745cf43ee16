/** Test data for DfE rule 436: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeSequence, PLACEMENT } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-436.ts';

export const cases: RuleCase[] = [
  episodeSequence(
    rule,
    PLACEMENT,
    { ...PLACEMENT, RNE: 'B', LS: 'E1', URN: 'SC000002' },
    { ...PLACEMENT, RNE: 'B', URN: 'SC000002' },
  ),
];
