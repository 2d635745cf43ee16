/** Test data for DfE rule 634: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-634.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/06/2022' },
        { CHILD: 'B', DECOM: '01/06/2015' },
      ],
      PrevPerm: [
        { CHILD: 'A', PREV_PERM: 'P1' },
        { CHILD: 'B', PREV_PERM: 'P1' },
      ],
    },
    flagged: ['Episodes:1', 'PrevPerm:1'],
  },
];
