/** Test data for DfE rule 561: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-561.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      PlacedAdoption: [
        { CHILD: 'A', DATE_PLACED: '01/06/2022' },
        { CHILD: 'B', DATE_PLACED: '01/01/2022' },
      ],
      PlacedAdoption_last: [
        { CHILD: 'A', DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: '01/02/2022' },
        { CHILD: 'B', DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: '01/02/2022' },
      ],
    },
    flagged: ['PlacedAdoption:1'],
  },
];
