/** Test data for DfE rule 574: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-574.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Missing: [
        { CHILD: 'A', MIS_START: '01/06/2022', MIS_END: '02/06/2022' },
        { CHILD: 'A', MIS_START: '03/06/2022', MIS_END: null },
        { CHILD: 'B', MIS_START: '01/06/2022', MIS_END: '05/06/2022' },
        { CHILD: 'B', MIS_START: '03/06/2022', MIS_END: '06/06/2022' },
      ],
    },
    flagged: ['Missing:3'],
  },
];
