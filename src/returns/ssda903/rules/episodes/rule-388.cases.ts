/** Test data for DfE rule 388: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-388.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    name: "X1 on a child's latest episode",
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', DEC: '01/06/2022', REC: 'X1' },
        { CHILD: 'A', DECOM: '01/06/2022', DEC: null, REC: null },
        { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/06/2022', REC: 'X1' },
      ],
    },
    flagged: ['Episodes:2'],
  },
];
