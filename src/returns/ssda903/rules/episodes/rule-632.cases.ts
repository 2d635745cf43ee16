/** Test data for DfE rule 632: cases written by hand from the rule's wording (run by ../cases.test.ts). */
import type { RuleCase } from '../test-data/rule-case.ts';
import { rule } from './rule-632.ts';

export const cases: RuleCase[] = [
  {
    rule: rule,
    tables: {
      Episodes: [
        { CHILD: 'A', DECOM: '01/06/2022' },
        { CHILD: 'B', DECOM: '01/06/2022' },
      ],
      PrevPerm: [
        { CHILD: 'A', DATE_PERM: 'ZZ/05/2022' },
        { CHILD: 'B', DATE_PERM: 'ZZ/06/2022' },
      ],
    },
    flagged: ['Episodes:1', 'PrevPerm:1'],
  },
];
