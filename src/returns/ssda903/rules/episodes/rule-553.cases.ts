/** Test data for DfE rule 553: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-553.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', LS: 'E1', DEC: null },
        { CHILD: 'B', LS: 'E1', DEC: null },
        { CHILD: 'C', LS: 'E1', DEC: null },
      ],
      PlacedAdoption: [
        { CHILD: 'A', DATE_PLACED: '01/05/2022' },
        { CHILD: 'B', DATE_PLACED: '01/05/2022', REASON_PLACED_CEASED: 'RD1' },
      ],
    },
    flagged: ['Episodes:2', 'PlacedAdoption:1'],
  },
];
