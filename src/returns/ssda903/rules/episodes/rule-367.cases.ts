/** Test data for DfE rule 367: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-367.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', DEC: '01/06/2022', LS: 'V3' },
        { CHILD: 'B', DECOM: '01/05/2022', DEC: '01/06/2022', LS: 'V3' },
        { CHILD: 'B', DECOM: '01/07/2022', DEC: '01/09/2022', LS: 'V3' },
      ],
    },
    flagged: ['Episodes:1', 'Episodes:2'],
  },
];
