/** Test data for DfE rule 558: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-558.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', REC: 'E11' },
        { CHILD: 'B', REC: 'E11' },
      ],
      PlacedAdoption: [
        { CHILD: 'A', DATE_PLACED_CEASED: '01/01/2021' },
        { CHILD: 'A', DATE_PLACED_CEASED: null },
        { CHILD: 'B', DATE_PLACED_CEASED: '01/01/2021' },
        { CHILD: 'B', DATE_PLACED_CEASED: '01/01/2022' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
