/** Test data for DfE rule 142: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-142.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', DEC: '01/06/2022', REC: 'X1' },
        { CHILD: 'A', DECOM: '01/06/2022', DEC: null, REC: null },
        { CHILD: 'B', DECOM: '01/05/2022', DEC: null, REC: null },
        { CHILD: 'B', DECOM: '01/07/2022', DEC: null, REC: null },
      ],
    },
    flagged: ['Episodes:2'],
  },
];
