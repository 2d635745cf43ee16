/** Test data for DfE rule 460: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-460.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Header: [
        { CHILD: 'A', DOB: '01/01/2004' },
        { CHILD: 'B', DOB: '01/01/2005' },
      ],
      Episodes: [
        { CHILD: 'A', DEC: '01/06/2022', REC: 'E17' },
        { CHILD: 'B', DEC: '01/06/2022', REC: 'E17' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
