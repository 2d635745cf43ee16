/** Test data for DfE rule 557: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import { adoption } from '../test-data/case-builders.ts';
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule557, rule557From2025 } from './rule-557.ts';

export const cases: RuleCase[] = [
  adoption(
    rule557,
    { PLACE: 'A4', REC: 'E4A' },
    { DATE_PLACED_CEASED: '01/06/2022', REASON_PLACED_CEASED: 'RD1' },
    { DATE_PLACED_CEASED: null, REASON_PLACED_CEASED: null },
    ['Episodes:1', 'PlacedAdoption:1'],
  ),
  {
    ...adoption(
      rule557From2025,
      { LS: 'E1', REC: 'E4A' },
      { DATE_PLACED_CEASED: '01/06/2024', REASON_PLACED_CEASED: 'RD1' },
      { DATE_PLACED_CEASED: '01/06/2024', REASON_PLACED_CEASED: null },
      ['Episodes:1', 'PlacedAdoption:1'],
    ),
    year: 2025,
  },
];
