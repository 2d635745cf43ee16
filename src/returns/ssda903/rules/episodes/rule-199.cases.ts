/** Test data for DfE rule 199: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-199.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/05/2022', REC: 'E11' },
        { CHILD: 'B', DECOM: '01/05/2022', REC: 'E11' },
        { CHILD: 'B', DECOM: '01/09/2022', REC: null },
      ],
    },
    flagged: ['Episodes:2'],
  },
];
