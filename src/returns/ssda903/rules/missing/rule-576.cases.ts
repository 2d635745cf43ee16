/** Test data for DfE rule 576: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-576.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Missing: [
        { CHILD: 'A', MIS_START: '01/03/2022' },
        { CHILD: 'B', MIS_START: '05/04/2022' },
      ],
      Missing_last: [
        { CHILD: 'A', MIS_START: '01/03/2022', MIS_END: null },
        { CHILD: 'B', MIS_START: '01/03/2022', MIS_END: null },
      ],
    },
    flagged: ['Missing:1'],
  },
];
