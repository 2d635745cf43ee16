/** Test data for DfE rule 118: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-118.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', LS: 'C2', DECOM: '01/05/2022' },
        { CHILD: 'B', LS: 'C2', DECOM: '01/05/2022' },
      ],
      PlacedAdoption: [
        { CHILD: 'A', DATE_PLACED_CEASED: '01/06/2022' },
        { CHILD: 'B', DATE_PLACED_CEASED: '01/03/2022' },
      ],
    },
    flagged: ['Episodes:1', 'PlacedAdoption:1'],
  },
];
