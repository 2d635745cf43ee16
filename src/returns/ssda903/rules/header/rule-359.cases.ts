/** Test data for DfE rule 359: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-359.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', DOB: '01/01/2004' },
        { CHILD: 'B', DOB: '01/01/2004' },
      ],
      Episodes: [
        { CHILD: 'A', DEC: null, LS: 'V2', PLACE: 'K2' },
        { CHILD: 'B', DEC: null, LS: 'C2', PLACE: 'U1' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
