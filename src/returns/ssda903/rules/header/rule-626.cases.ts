/** Test data for DfE rule 626: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-626.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', MOTHER: '1', MC_DOB: '01/05/2022' },
        { CHILD: 'B', MOTHER: '1', MC_DOB: '01/01/2022' },
      ],
      Header_last: [
        { CHILD: 'A', MOTHER: '0' },
        { CHILD: 'B', MOTHER: '0' },
      ],
    },
    flagged: ['Header:1'],
  },
];
