/** Test data for DfE rule 1003: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-1003.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', RNE: 'S', DECOM: '01/05/2022' },
        { CHILD: 'B', RNE: 'S', DECOM: '01/05/2022' },
      ],
      PlacedAdoption: [
        { CHILD: 'A', DATE_PLACED: '01/06/2022' },
        { CHILD: 'B', DATE_PLACED: '01/04/2022' },
      ],
    },
    flagged: ['Episodes:1', 'PlacedAdoption:1'],
  },
];
