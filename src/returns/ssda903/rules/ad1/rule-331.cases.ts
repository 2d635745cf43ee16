/** Test data for DfE rule 331: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-331.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      AD1: [
        { CHILD: 'A', DATE_MATCH: '01/05/2022' },
        { CHILD: 'B', DATE_MATCH: '01/07/2022' },
      ],
      Episodes: [
        { CHILD: 'A', DECOM: '01/06/2022', REC: 'E11' },
        { CHILD: 'B', DECOM: '01/06/2022', REC: 'E11' },
      ],
    },
    flagged: ['AD1:1', 'Episodes:1'],
  },
];
