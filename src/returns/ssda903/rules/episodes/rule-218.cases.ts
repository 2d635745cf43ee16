/** Test data for DfE rule 218: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { episodeRows } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule218From2026, rule218In2024And2025, rule218Until2023 } from './rule-218.ts';

export const cases: RuleCase[] = [
  episodeRows(
    rule218Until2023,
    { PLACE: 'U1', DEC: null, PL_LA: 'E09000001', URN: 'SC123456' },
    { PLACE: 'U1', DEC: null, PL_LA: 'E09000001', URN: null },
  ),
  episodeRows(
    rule218In2024And2025,
    { PLACE: 'P1', DEC: null, PL_LA: 'E09000001', URN: null },
    { PLACE: 'H5', DEC: null, PL_LA: 'E09000001', URN: null },
  ),
  episodeRows(
    rule218From2026,
    { PLACE: 'U1', DEC: null, PL_LA: 'WAL', URN: null },
    { PLACE: 'U1', DEC: null, PL_LA: 'E09000001', URN: null },
  ),
];
