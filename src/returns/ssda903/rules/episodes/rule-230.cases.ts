/** Test data for DfE rule 230: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeRows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-230.ts';

export const cases: RuleCase[] = [
  episodeRows(
    rule,
    { PLACE: 'H5', DEC: null, PL_LA: 'E09000001', URN: 'SC1' },
    { PLACE: 'H5', DEC: null, PL_LA: 'E09000001', URN: null },
  ),
];
