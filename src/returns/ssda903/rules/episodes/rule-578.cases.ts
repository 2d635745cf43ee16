/** Test data for DfE rule 578: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-578.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', DEC: '01/07/2022' },
        { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/07/2022' },
      ],
      Missing: [
        { CHILD: 'A', MIS_START: '01/06/2022' },
        { CHILD: 'B', MIS_START: '02/07/2022' },
      ],
    },
    flagged: ['Missing:1'],
  },
];
