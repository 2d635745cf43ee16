/** Test data for DfE rule 502: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-502.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/01/2022' },
        { CHILD: 'B', DECOM: '02/01/2022' },
      ],
      Episodes_last: [
        { CHILD: 'A', DECOM: '01/01/2022', DEC: null },
        { CHILD: 'B', DECOM: '01/01/2022', DEC: null },
      ],
    },
    flagged: ['Episodes:1'],
  },
];
