/** Test data for DfE rule 234: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-234.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', DOB: '01/01/2010' },
        { CHILD: 'B', DOB: '01/01/2017' },
      ],
      Episodes: [
        { CHILD: 'A', DECOM: '01/06/2025', REASON_PLACE_CHANGE: 'CUSTOD' },
        { CHILD: 'B', DECOM: '01/06/2025', REASON_PLACE_CHANGE: 'CUSTOD' },
      ],
    },
    flagged: ['Episodes:1', 'Header:1'],
  },
];
