/** Test data for DfE rule 119: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-119.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      PlacedAdoption: [
        { DATE_PLACED_CEASED: '01/06/2022', REASON_PLACED_CEASED: 'RD1' },
        { DATE_PLACED_CEASED: '01/06/2022', REASON_PLACED_CEASED: null },
      ],
    },
    flagged: ['PlacedAdoption:1'],
  },
];
