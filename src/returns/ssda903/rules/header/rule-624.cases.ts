/** Test data for DfE rule 624: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-624.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', MC_DOB: '01/01/2022' },
        { CHILD: 'B', MC_DOB: '01/02/2022' },
      ],
      Header_last: [
        { CHILD: 'A', MC_DOB: '01/01/2022' },
        { CHILD: 'B', MC_DOB: '01/01/2022' },
      ],
    },
    flagged: ['Header:1'],
  },
];
