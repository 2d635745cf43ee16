/** Test data for DfE rule 581: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-581.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', DEC: null },
        { CHILD: 'B', DECOM: '01/05/2022', DEC: null },
      ],
      Missing: [
        { CHILD: 'A', MIS_START: '01/06/2022' },
        { CHILD: 'B', MIS_START: '01/04/2022' },
      ],
    },
    flagged: ['Missing:1'],
  },
];
