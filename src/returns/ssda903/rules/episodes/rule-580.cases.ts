/** Test data for DfE rule 580: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-580.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DEC: '01/06/2022', REC: 'E8' },
        { CHILD: 'B', DEC: '01/06/2022', REC: 'E4A' },
      ],
      Missing: [
        { CHILD: 'A', DOB: '01/06/2004', MIS_END: '01/06/2022' },
        { CHILD: 'B', DOB: '01/06/2004', MIS_END: '01/06/2022' },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
