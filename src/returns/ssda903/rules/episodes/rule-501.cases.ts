/** Test data for DfE rule 501: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-501.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', DEC: '01/07/2022' },
        { CHILD: 'A', DECOM: '01/07/2022', DEC: null },
        { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/07/2022' },
        { CHILD: 'B', DECOM: '20/06/2022', DEC: null },
      ],
    },
    flagged: ['Episodes:3'],
  },
];
