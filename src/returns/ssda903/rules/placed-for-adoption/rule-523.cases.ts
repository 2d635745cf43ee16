/** Test data for DfE rule 523: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-523.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      PlacedAdoption: [
        { CHILD: 'A', DATE_PLACED: '01/05/2022' },
        { CHILD: 'B', DATE_PLACED: '01/05/2022' },
      ],
      AD1: [
        { CHILD: 'A', DATE_INT: '01/05/2022' },
        { CHILD: 'B', DATE_INT: '02/05/2022' },
      ],
    },
    flagged: ['PlacedAdoption:1', 'AD1:1'],
  },
];
