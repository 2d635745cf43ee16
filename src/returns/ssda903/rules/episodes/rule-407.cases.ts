/** Test data for DfE rule 407: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-407.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', DOB: '01/01/2006' },
        { CHILD: 'B', DOB: '01/01/2004' },
      ],
      Episodes: [
        { CHILD: 'A', DEC: '01/06/2022', REC: 'E45' },
        { CHILD: 'B', DEC: '01/06/2022', REC: 'E45' },
      ],
    },
    flagged: ['Episodes:1', 'Header:1'],
  },
];
