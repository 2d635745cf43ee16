/** Test data for DfE rule 437: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-437.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', REC: 'X1' },
        { CHILD: 'A', DECOM: '01/07/2022', REC: 'E15' },
        { CHILD: 'B', DECOM: '01/05/2022', REC: 'E15' },
        { CHILD: 'B', DECOM: '01/07/2022', REC: null },
      ],
    },
    flagged: ['Episodes:2'],
  },
];
