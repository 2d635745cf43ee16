/** Test data for DfE rule 334: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-334.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2021', RNE: 'S' },
        { CHILD: 'B', DECOM: '01/06/2022', RNE: 'S' },
      ],
      AD1: [
        { CHILD: 'A', DATE_INT: '01/01/2022' },
        { CHILD: 'B', DATE_INT: '01/01/2022' },
      ],
    },
    flagged: ['Episodes:1', 'AD1:1'],
  },
];
