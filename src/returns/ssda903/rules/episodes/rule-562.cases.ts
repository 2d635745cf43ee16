/** Test data for DfE rule 562: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-562.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2022' },
        { CHILD: 'B', DECOM: '01/01/2022' },
      ],
      Episodes_last: [
        { CHILD: 'A', DECOM: '01/01/2022' },
        { CHILD: 'B', DECOM: '01/12/2021' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
