/** Test data for DfE rule 625: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-625.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      // C's first episode ended before her child was born, but a later one is still open: not ceased.
      Episodes: [
        { CHILD: 'A', DEC: '01/06/2022' },
        { CHILD: 'B', DEC: '01/06/2022' },
        { CHILD: 'C', DEC: '01/06/2022' },
        { CHILD: 'C', DEC: null },
      ],
      Header: [
        { CHILD: 'A', MC_DOB: '01/05/2022' },
        { CHILD: 'B', MC_DOB: '01/07/2022' },
        { CHILD: 'C', MC_DOB: '01/07/2022' },
      ],
    },
    flagged: ['Episodes:1', 'Header:1'],
  },
];
