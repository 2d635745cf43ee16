/** Test data for DfE rule 583: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-583.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      PlacedAdoption: [
        { CHILD: 'A', DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: '01/02/2022' },
        { CHILD: 'A', DATE_PLACED: '01/03/2022', DATE_PLACED_CEASED: null },
        { CHILD: 'B', DATE_PLACED: '01/01/2022', DATE_PLACED_CEASED: null },
        { CHILD: 'B', DATE_PLACED: '01/03/2022', DATE_PLACED_CEASED: null },
      ],
    },
    flagged: ['PlacedAdoption:2'],
  },
];
