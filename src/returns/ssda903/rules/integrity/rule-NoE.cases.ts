/** Test data for DfE rule NoE: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-NoE.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2022' },
        { CHILD: 'B', DECOM: '01/01/2022' },
        { CHILD: 'C', DECOM: '01/06/2022' },
      ],
      Episodes_last: [{ CHILD: 'A', DECOM: '01/01/2022' }],
    },
    flagged: ['Episodes:1'],
  },
];
